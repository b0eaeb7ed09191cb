using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Outbox;

/// <summary>Texts a person did not ask for at that moment wait out the night and are dropped while paused.</summary>
[Collection(StorageCollection.Name)]
public sealed class UnpromptedTextsTests(Azurite azurite)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData(OutboxKind.Coaching)]
    [InlineData(OutboxKind.FollowUp)]
    public async Task CoachingDueAtNightWaitsUntilEightInTheMorning(string kind)
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 20, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await QueueAsync(app, kind, At(2026, 12, 4, 23, 45));

        app.Clock.SetUtcNow(At(2026, 12, 4, 23, 50));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var atNight = app.Twilio.Sent.Count;
        app.Clock.SetUtcNow(At(2026, 12, 5, 7, 59));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var beforeEight = app.Twilio.Sent.Count;
        app.Clock.SetUtcNow(At(2026, 12, 5, 8, 0));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, atNight);
        Assert.Equal(0, beforeEight);
        var sent = Assert.Single(app.Twilio.Sent);
        Assert.Equal("a note", sent.Body);
        Assert.Equal(1, (await app.OutboxAsync(OutboxState.Sent)).Single().Attempts);
    }

    [Fact]
    public async Task CheckInIsNotHeldByTheNight()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 20, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await QueueAsync(app, OutboxKind.CheckIn, At(2026, 12, 4, 23, 45));

        app.Clock.SetUtcNow(At(2026, 12, 4, 23, 45));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(app.Twilio.Sent);
    }

    [Fact]
    public async Task CoachingDueWhilePausedIsRecordedAndNotSent()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 10, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "PAUSE 3");
        await QueueAsync(app, OutboxKind.Coaching, At(2026, 12, 4, 11, 0));

        app.Clock.SetUtcNow(At(2026, 12, 4, 11, 0));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(app.Twilio.Sent);
        Assert.Equal("recipient paused", Assert.Single(await app.OutboxAsync(OutboxState.Failed)).Error);
    }

    [Fact]
    public async Task UserIsToldWhenTheirPartnerErasesTheirData()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 10, 0));
        await app.EnrollWithPartnerAsync();

        await app.TextAsync(Conversations.Partner, "DELETE");
        await app.TextAsync(Conversations.Partner, "DELETE YES");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Contains(app.Twilio.Sent,
            sms => sms.To == Conversations.User && sms.Body == Replies.PartnerLeft("0124"));
    }

    [Fact]
    public async Task ReplacingAPartnerDropsTheirNotYetSentGoodNews()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 10, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");
        await app.TextAsync(Conversations.User, "PARTNER " + Conversations.Partner);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await app.TextAsync(Conversations.Partner, "YES");

        await app.TextAsync(Conversations.User, "PARTNER +15550100125");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerAcceptedForUser("0124"));
    }

    private static Task QueueAsync(TestApp app, string kind, DateTimeOffset notBefore) =>
        app.Get<OutboxStore>().EnqueueAsync(
            new OutgoingSms("test-" + kind, Conversations.User, "a note", kind, "u-test", notBefore),
            CancellationToken.None);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
