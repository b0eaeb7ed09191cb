using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class MilestoneTests(Azurite azurite)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public async Task MilestonesComeOnTheMorningsOfDaysThreeSevenFourteenAndThirty()
    {
        await using var app = await TestApp.StartAsync(azurite, At(NewYork, 2026, 12, 1, 9, 0));
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "ALERTS MILESTONES ON");

        await app.RunTimersUntilAsync(At(NewYork, 2027, 1, 1, 9, 0), TimeSpan.FromDays(1));

        var sent = await app.DeliveredAsync(Conversations.User, OutboxKind.Coaching);
        Assert.Equal(
            [new LocalDate(2026, 12, 4), new LocalDate(2026, 12, 8), new LocalDate(2026, 12, 15),
                new LocalDate(2026, 12, 31)],
            sent.Select(d => d.LocalAt(NewYork).Date));
        Assert.All(sent, d => Assert.Equal(Milestones.Morning, d.LocalAt(NewYork).TimeOfDay));
        Assert.Equal(Replies.Milestone(new Milestone(30, 30), hasSlips: false), sent[3].Body);
        var note = Assert.Single(await app.DeliveredAsync(Conversations.Partner, OutboxKind.PartnerMilestone),
            d => d.Body.StartsWith("Good news", StringComparison.Ordinal));
        Assert.Equal(Replies.MilestoneForPartner("Sam", 30), note.Body);
    }

    [Fact]
    public async Task TwoMilestonesOnOneDayMakeOneMessage()
    {
        await using var app = await TestApp.StartAsync(azurite, At(NewYork, 2026, 12, 1, 10, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.RunTimersUntilAsync(At(NewYork, 2026, 12, 5, 10, 0), TimeSpan.FromHours(2));

        await app.TextAsync(Conversations.User, "SLIP habit");
        await app.RunTimersUntilAsync(At(NewYork, 2026, 12, 9, 10, 0), TimeSpan.FromHours(2));

        var sent = await app.DeliveredAsync(Conversations.User, OutboxKind.Coaching);
        Assert.Equal(2, sent.Count);
        Assert.Equal(Replies.Milestone(new Milestone(3, 3), hasSlips: false), sent[0].Body);
        Assert.Equal(Replies.Milestone(new Milestone(3, 7), hasSlips: true), sent[1].Body);
        Assert.Equal(new LocalDate(2026, 12, 8), sent[1].LocalAt(NewYork).Date);
    }

    [Fact]
    public async Task MilestoneFallsOnTheUsersLocalDayNotTheServersOrUtcs()
    {
        var evening = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);
        await using var app = await TestApp.StartAsync(azurite, evening);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "TZ Tokyo");

        await app.RunTimersUntilAsync(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        var sent = Assert.Single(await app.DeliveredAsync(Conversations.User, OutboxKind.Coaching));
        Assert.Equal(new LocalDateTime(2026, 12, 5, 9, 0), sent.LocalAt(Tokyo));
    }

    private static DateTimeOffset At(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
