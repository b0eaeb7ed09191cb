using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class PatternTests(Azurite azurite)
{
    private const string Other = "+15550100999";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task PatternIsToldOnceAndYesAddsACheckInJustBeforeIt()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 1, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await SlipAtAsync(app, At(2026, 12, 4, 23, 10), At(2026, 12, 5, 22, 40), At(2026, 12, 11, 23, 30),
            At(2026, 12, 12, 0, 30), At(2026, 12, 12, 1, 0));
        await app.RunTimersUntilAsync(At(2026, 12, 12, 9, 0), TimeSpan.FromHours(3));

        var accepted = await app.TextAsync(Conversations.User, "yes");
        await app.RunTimersUntilAsync(At(2026, 12, 20, 9, 0), TimeSpan.FromHours(1));

        var notes = (await app.DeliveredAsync(Conversations.User, OutboxKind.Coaching))
            .Where(d => d.Id.StartsWith("pattern-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal(
            Replies.PatternTime("Friday and Saturday nights", "on Fridays and Saturdays", "22:00"), notes[0].Body);
        Assert.Equal(Replies.PatternTrigger(Trigger.Lonely), notes[1].Body);
        Assert.Equal(Replies.PatternAdded("Fri, Sat", "22:00"), accepted);
        var extra = (await app.DeliveredAsync(Conversations.User, OutboxKind.CheckIn))
            .Where(d => d.Id.StartsWith("pattern-checkin-", StringComparison.Ordinal));
        Assert.Equal(
            [new LocalDateTime(2026, 12, 12, 22, 0), new LocalDateTime(2026, 12, 18, 22, 0),
                new LocalDateTime(2026, 12, 19, 22, 0)],
            extra.Select(d => d.LocalAt(NewYork)));
    }

    [Fact]
    public async Task PartnersYesStillAnswersTheInviteBeforeAnyOffer()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 1, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await SlipAtAsync(app, At(2026, 12, 4, 23, 10), At(2026, 12, 5, 22, 40), At(2026, 12, 11, 23, 30));

        await app.TextAsync(Other, "JOIN");
        await app.TextAsync(Other, "NAME Alex");
        await app.TextAsync(Other, "PARTNER " + Conversations.User);

        Assert.Equal(Replies.PartnerAccepted("Alex"), await app.TextAsync(Conversations.User, "YES"));
        Assert.Equal(Replies.PatternAdded("Fri, Sat", "22:00"), await app.TextAsync(Conversations.User, "YES"));
    }

    [Fact]
    public async Task ThreeSlipsInAWeekBringOneSupportMessageAMonthAtMost()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 1, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        await SlipDailyAsync(app, At(2026, 12, 2, 18, 0), 4);
        await SlipDailyAsync(app, At(2026, 12, 14, 18, 0), 3);
        await SlipDailyAsync(app, At(2027, 1, 10, 18, 0), 3);
        await app.RunTimersOnceAsync();

        var support = (await app.DeliveredAsync(Conversations.User, OutboxKind.Coaching))
            .Where(d => d.Id.StartsWith("support-", StringComparison.Ordinal)).ToList();
        Assert.Equal([new LocalDate(2026, 12, 4), new LocalDate(2027, 1, 12)],
            support.Select(d => d.LocalAt(NewYork).Date));
        Assert.EndsWith("call 211 (US) to find one near you.", support[0].Body);
    }

    private static async Task SlipAtAsync(TestApp app, params DateTimeOffset[] times)
    {
        foreach (var time in times)
        {
            app.Clock.SetUtcNow(time);
            await app.TextAsync(Conversations.User, "SLIP lonely");
        }
    }

    private static async Task SlipDailyAsync(TestApp app, DateTimeOffset first, int days)
    {
        for (var day = 0; day < days; day++)
        {
            app.Clock.SetUtcNow(first.AddDays(day));
            await app.TextAsync(Conversations.User, "SLIP");
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            await app.RunTimersOnceAsync();
        }
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
