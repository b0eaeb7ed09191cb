using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

/// <summary>Defects a code review found, each as the sequence that showed it.</summary>
[Collection(StorageCollection.Name)]
public sealed class ReviewFindingsTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
    private const string Stranger = "+15550100177";

    [Fact]
    public async Task TakingAnInviteBackAndAskingAgainDoesNotTextTheStrangerAgain()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");

        for (var round = 0; round < 3; round++)
        {
            await app.TextAsync(Conversations.User, "PARTNER " + Stranger);
            await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
            await app.TextAsync(Conversations.User, "PARTNER REMOVE");
        }

        app.Clock.Advance(TimeSpan.FromDays(8));
        var weekLater = await app.TextAsync(Conversations.User, "PARTNER " + Stranger);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerInviteSent("0177"), weekLater);
        Assert.Equal(2, app.Twilio.Sent.Count(sms => sms.To == Stranger));
    }

    [Fact]
    public async Task HeldAlertsAreNotSentToAPartnerWhoNoLongerHoldsAYes()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        for (var i = 0; i < 5; i++)
        {
            await app.TextAsync(Conversations.User, "SLIP");
        }

        await app.TextAsync(Conversations.User, "PARTNER REMOVE");
        await app.TextAsync(Conversations.User, "PARTNER " + Conversations.Partner);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await app.TextAsync(Conversations.Partner, "NO");
        await app.RunTimersUntilAsync(Now + TimeSpan.FromDays(2), TimeSpan.FromHours(1));

        var toPartner = app.Twilio.Sent.Where(sms => sms.To == Conversations.Partner).ToList();
        Assert.DoesNotContain(toPartner, sms => sms.Body.Contains("more slip", StringComparison.Ordinal));
        Assert.Contains(toPartner, sms => sms.Body == Replies.PartnerRemovedForPartner("Sam"));
    }

    [Fact]
    public async Task MilestoneNoteWaitingForAPartnerIsDroppedWhenTheyLeave()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        var user = (await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None))!;
        await app.Get<OutboxStore>().EnqueueAsync(
            new OutgoingSms("milestone-x", Conversations.Partner, "Sam reached 30 days",
                OutboxKind.PartnerMilestone, user.UserId, Now + TimeSpan.FromHours(3)),
            CancellationToken.None);

        await app.TextAsync(Conversations.Partner, "LEAVE");
        app.Clock.Advance(TimeSpan.FromHours(4));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == "Sam reached 30 days");
    }

    [Theory]
    [InlineData("QUIET ٢٣-٧")]
    [InlineData("QUIET ２３-７")]
    [InlineData("DATE ١٤ FEB x")]
    public async Task DigitsFromOtherScriptsGetAnAnswerNotAServerError(string body)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        Assert.NotNull(await app.TextAsync(Conversations.Partner, body));
        Assert.NotNull(await app.TextAsync(Conversations.User, body));
    }

    [Fact]
    public async Task FailedMessagesKeepNoText()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP");
        app.Twilio.FailNext(400, 21610);

        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Null(Assert.Single(await app.OutboxAsync(OutboxState.Failed)).Body);
    }
}
