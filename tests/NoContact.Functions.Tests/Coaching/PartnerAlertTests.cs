using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class PartnerAlertTests(Azurite azurite)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task AlertsBeyondThreeAnHourAreMergedIntoOneLaterText()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 2, 14, 0));
        await app.EnrollWithPartnerAsync();

        for (var i = 0; i < 5; i++)
        {
            await app.TextAsync(Conversations.User, "SLIP lonely");
            app.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        await app.RunTimersUntilAsync(At(2026, 12, 2, 16, 0), TimeSpan.FromMinutes(5));

        var alerts = await app.DeliveredAsync(Conversations.Partner, OutboxKind.PartnerAlert);
        Assert.Equal(4, alerts.Count);
        Assert.All(alerts.Take(3), a => Assert.Equal(Replies.PartnerSlipAlert("Sam"), a.Body));
        Assert.Equal(Replies.PartnerDigest("Sam", slips: 2, urges: 0), alerts[3].Body);
        Assert.Equal(new LocalDateTime(2026, 12, 2, 15, 0), alerts[3].LocalAt(NewYork));
    }

    [Fact]
    public async Task AlertsBeyondTenADayWaitForTheNextMorning()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 2, 8, 0));
        await app.EnrollWithPartnerAsync();

        for (var i = 0; i < 12; i++)
        {
            await app.TextAsync(Conversations.User, "SLIP habit");
            await app.RunTimersUntilAsync(app.Clock.GetUtcNow() + TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        }

        await app.RunTimersUntilAsync(At(2026, 12, 3, 9, 0), TimeSpan.FromHours(1));

        var alerts = await app.DeliveredAsync(Conversations.Partner, OutboxKind.PartnerAlert);
        Assert.Equal(11, alerts.Count);
        Assert.Equal(10, alerts.Count(a => a.LocalAt(NewYork).Date == new LocalDate(2026, 12, 2)));
        Assert.Equal(Replies.PartnerDigest("Sam", slips: 2, urges: 0), alerts[10].Body);
        Assert.Equal(new LocalDateTime(2026, 12, 3, 8, 0), alerts[10].LocalAt(NewYork));
    }

    [Fact]
    public async Task PartnersQuietHoursHoldAlertsUntilTheyEnd()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 2, 20, 0));
        await app.EnrollWithPartnerAsync();

        var quiet = await app.TextAsync(Conversations.Partner, "QUIET 23-7");
        app.Clock.SetUtcNow(At(2026, 12, 2, 23, 30));
        await app.TextAsync(Conversations.User, "SLIP");
        await app.RunTimersUntilAsync(At(2026, 12, 3, 8, 0), TimeSpan.FromMinutes(30));

        Assert.Equal(Replies.QuietSet("23:00-07:00"), quiet);
        var alert = Assert.Single(await app.DeliveredAsync(Conversations.Partner, OutboxKind.PartnerAlert));
        Assert.Equal(new LocalDateTime(2026, 12, 3, 7, 0), alert.LocalAt(NewYork));
    }

    [Fact]
    public async Task QuietFromSomeoneWhoIsNoPartnerReadsAsNothingSpecial()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 2, 20, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        Assert.Equal(Replies.QuietNotPartner, await app.TextAsync(Conversations.User, "QUIET 23-7"));
        Assert.StartsWith("Sorry, I did not get that.", await app.TextAsync(Conversations.User, "quite a day"));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
