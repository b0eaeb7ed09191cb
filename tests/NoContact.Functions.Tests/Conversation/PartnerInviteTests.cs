using NoContact.Core;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

/// <summary>Invites reach only the partner the user still wants, once, and never after a NO or a LEAVE.</summary>
[Collection(StorageCollection.Name)]
public sealed class PartnerInviteTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
    private const string Other = "+15550100125";

    [Fact]
    public async Task InviteCancelledOrReplacedBeforeDispatchIsNeverSent()
    {
        await using var app = await StartNamedAsync();
        await app.TextAsync(Conversations.User, "PARTNER +15550100163");
        await app.TextAsync(Conversations.User, "PARTNER REMOVE");
        await app.TextAsync(Conversations.User, "PARTNER +15550100164");
        await app.TextAsync(Conversations.User, "PARTNER " + Other);

        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var invited = app.Twilio.Sent.Where(sms => sms.Body == Replies.PartnerInvite("Sam")).Select(sms => sms.To);
        Assert.Equal([Other], invited);
    }

    [Fact]
    public async Task SameNumberTwiceGetsOneInvite()
    {
        await using var app = await StartNamedAsync();

        await app.TextAsync(Conversations.User, "PARTNER " + Other);
        var second = await app.TextAsync(Conversations.User, "partner 555 010 0125");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerState("0125", accepted: false), second);
        Assert.Single(app.Twilio.Sent, sms => sms.To == Other);
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("LEAVE")]
    public async Task NumberThatSaidNoOrLeftIsNotInvitedAgain(string answer)
    {
        await using var app = await StartNamedAsync();
        await app.TextAsync(Conversations.User, "PARTNER " + Other);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await app.TextAsync(Other, answer == "NO" ? "NO" : "YES");
        if (answer == "LEAVE")
        {
            await app.TextAsync(Other, "LEAVE");
        }

        var again = await app.TextAsync(Conversations.User, "PARTNER " + Other);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerUnavailable, again);
        Assert.Single(app.Twilio.Sent, sms => sms.To == Other && sms.Body == Replies.PartnerInvite("Sam"));
    }

    [Fact]
    public async Task NewPartnerReplacesAnAcceptedOneWhoIsTold()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        var reply = await app.TextAsync(Conversations.User, "PARTNER " + Other);
        await app.TextAsync(Conversations.User, "SLIP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerReplaced("0125", "0124"), reply);
        Assert.Contains(app.Twilio.Sent,
            sms => sms.To == Conversations.Partner && sms.Body == Replies.PartnerRemovedForPartner("Sam"));
        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerSlipAlert("Sam"));
    }

    [Fact]
    public async Task YesBeforeTheInviteWentOutMeansTheInviteNeedNotGo()
    {
        await using var app = await StartNamedAsync();
        await app.TextAsync(Conversations.User, "PARTNER " + Other);

        await app.TextAsync(Other, "YES");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerInvite("Sam"));
        Assert.Contains(app.Twilio.Sent, sms => sms.Body == Replies.PartnerAcceptedForUser("0125"));
    }

    [Fact]
    public async Task MessagesToOnePersonGoOutInTheOrderTheyWereQueued()
    {
        await using var app = await StartNamedAsync();
        await app.TextAsync(Conversations.User, "PARTNER " + Other);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.TextAsync(Other, "YES");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.TextAsync(Other, "LEAVE");

        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var toUser = app.Twilio.Sent.Where(sms => sms.To == Conversations.User).Select(sms => sms.Body);
        Assert.Equal([Replies.PartnerAcceptedForUser("0125"), Replies.PartnerLeft("0125")], toUser);
    }

    private async Task<TestApp> StartNamedAsync()
    {
        var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");
        return app;
    }
}
