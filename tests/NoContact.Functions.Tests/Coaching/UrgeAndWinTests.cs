using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class UrgeAndWinTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachUrgeGetsAKindOfHelpOtherThanTheLastOne()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var replies = new List<string?>();
        for (var i = 0; i < 9; i++)
        {
            replies.Add(await app.TextAsync(Conversations.User, "urge"));
        }

        Assert.Equal(Replies.Urge(UrgeKind.Body, 0, null), replies[0]);
        Assert.Equal(Replies.Urge(UrgeKind.Mind, 0, null), replies[1]);
        Assert.Equal(Replies.Urge(UrgeKind.Body, 2, null), replies[8]);
        Assert.All(replies.Zip(replies.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task UrgeQuotesTheUsersOwnReasonBack()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var saved = await app.TextAsync(Conversations.User, "REASONS He never once said sorry \u201Cfor real\u201D");
        await app.TextAsync(Conversations.User, "URGE");
        var second = await app.TextAsync(Conversations.User, "URGE");

        Assert.Equal(Replies.ReasonSaved(1), saved);
        Assert.Equal(Replies.Urge(UrgeKind.Mind, 0, "He never once said sorry 'for real'"), second);
        Assert.Equal(Replies.ReasonsList(["He never once said sorry 'for real'"]),
            await app.TextAsync(Conversations.User, "reasons"));
    }

    [Fact]
    public async Task UrgePartnerTellsThePartnerOnlyTheNameAndThatACallWouldHelp()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        await app.TextAsync(Conversations.User, "URGE PARTNER I am outside his flat");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var alert = app.Twilio.Sent.Last();
        Assert.Equal(Conversations.Partner, alert.To);
        Assert.Equal("Sam is having a hard moment; a call would help.", alert.Body);
    }

    [Fact]
    public async Task PlainUrgeTellsThePartnerOnlyWhenTheUserTurnedThatOn()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        await app.TextAsync(Conversations.User, "URGE");
        var before = (await app.OutboxAsync(OutboxState.Pending)).Count;
        var setting = await app.TextAsync(Conversations.User, "ALERTS URGE ON");
        await app.TextAsync(Conversations.User, "URGE");

        Assert.Equal(0, before);
        Assert.Equal(Replies.AlertsState(urges: true, milestones: false), setting);
        Assert.Single(await app.OutboxAsync(OutboxState.Pending));
    }

    [Fact]
    public async Task UrgesWithNoSlipInTwelveHoursCountAsResisted()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "URGE");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.TextAsync(Conversations.User, "URGE");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.TextAsync(Conversations.User, "URGE");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.TextAsync(Conversations.User, "SLIP lonely");
        app.Clock.Advance(TimeSpan.FromHours(12));

        var status = await app.TextAsync(Conversations.User, "STATUS");

        Assert.Contains("Urges resisted: 2.", status);
    }

    [Fact]
    public async Task WinsAreStoredAnsweredAndCounted()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var first = await app.TextAsync(Conversations.User, "WIN went to the gym instead of scrolling");
        var second = await app.TextAsync(Conversations.User, "win");
        var status = await app.TextAsync(Conversations.User, "STATUS");

        Assert.Equal(Replies.WinSaved(1), first);
        Assert.Equal(Replies.WinSaved(2), second);
        Assert.Equal(Replies.Status(new Standing(1, 0, 0), null, null, urgesResisted: 0, wins: 2), status);
    }
}
