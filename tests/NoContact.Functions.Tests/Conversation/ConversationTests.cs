using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

[Collection(StorageCollection.Name)]
public sealed class ConversationTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task UnknownNumberIsToldToTextJoin()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);

        var reply = await app.TextAsync(Conversations.User, "hello?");

        Assert.Equal(Replies.JoinFirst, reply);
    }

    [Fact]
    public async Task SlipKeepsTheDaysSinceStart()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.Advance(TimeSpan.FromDays(23));

        var reply = await app.TextAsync(Conversations.User, "slip: saw her story");

        Assert.StartsWith("Logged. You are on day 24 with one slip", reply);
    }

    [Fact]
    public async Task PartnerGetsNothingButTheInviteUntilTheySayYes()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");
        await app.TextAsync(Conversations.User, "PARTNER (555) 010-0124");
        await app.TextAsync(Conversations.User, "SLIP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var invite = Assert.Single(app.Twilio.Sent);
        Assert.Equal(Conversations.Partner, invite.To);
        Assert.Equal(Replies.PartnerInvite("Sam"), invite.Body);
    }

    [Fact]
    public async Task PartnerWhoSaysYesHearsOfTheSlipButNeverTheNote()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        await app.TextAsync(Conversations.User, "SLIP texted him at 2am");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var alert = app.Twilio.Sent.Last();
        Assert.Equal(Conversations.Partner, alert.To);
        Assert.Equal(Replies.PartnerSlipAlert("Sam"), alert.Body);
        Assert.Contains(app.Twilio.Sent, sms => sms.To == Conversations.User && sms.Body.Contains("agreed"));
    }

    [Fact]
    public async Task PartnerWhoSaysStopGetsNoAlertAndTheUserIsTold()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        var stopReply = await app.TextAsync(Conversations.Partner, "stop");
        await app.TextAsync(Conversations.User, "SLIP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Null(stopReply);
        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerSlipAlert("Sam"));
        Assert.Contains(app.Twilio.Sent,
            sms => sms.To == Conversations.User && sms.Body == Replies.PartnerLeft("0124"));
    }

    [Fact]
    public async Task AlertQueuedBeforeThePartnerSaysStopIsNeverSent()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP");

        await app.TextAsync(Conversations.Partner, "STOP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerSlipAlert("Sam"));
        Assert.Empty(await app.OutboxAsync(OutboxState.Pending));
    }

    [Fact]
    public async Task CheckInQueuedBeforeStopIsMarkedFailedNotSent()
    {
        var fridayNoon = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        await using var app = await TestApp.StartAsync(azurite, fridayNoon);
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 4, 0, 0, TimeSpan.Zero));
        await app.CheckIns.QueueDueAsync(CancellationToken.None);

        await app.TextAsync(Conversations.User, "STOP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(app.Twilio.Sent);
        var failed = Assert.Single(await app.OutboxAsync(OutboxState.Failed));
        Assert.Equal(OutboxKind.CheckIn, failed.Kind);
        Assert.Equal("recipient opted out", failed.Error);
    }

    [Fact]
    public async Task UserCannotBeTheirOwnPartner()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");

        var reply = await app.TextAsync(Conversations.User, "PARTNER 555-010-0123");

        Assert.Equal(Replies.PartnerIsSelf, reply);
    }

    [Fact]
    public async Task StopThenStartLetsTextsFlowAgain()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        await app.TextAsync(Conversations.User, "STOP");
        var whileStopped = await app.TextAsync(Conversations.User, "STATUS");
        var started = await app.TextAsync(Conversations.User, "START");

        Assert.Null(whileStopped);
        Assert.Equal(Replies.Resubscribed, started);
        var contact = await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None);
        Assert.False(contact!.OptedOut);
    }
}
