using CsCheck;
using NodaTime;

namespace NoContact.Core.Tests;

public sealed class StandingTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly Gen<DateTimeZone> Zones = Gen.OneOf(
        "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham",
        "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")
        .Select(id => DateTimeZoneProviders.Tzdb[id]);

    // 2025 to 2028: several daylight-saving changes in every zone that has them.
    private static readonly Gen<Instant> Instants =
        Gen.Long[1_735_689_600L, 1_830_297_600L].Select(Instant.FromUnixTimeSeconds);

    [Fact]
    public void DayTwentyFourWithOneSlipKeepsTheDays()
    {
        var start = Local(2026, 11, 1, 9, 0);
        var slip = Local(2026, 11, 24, 21, 30);

        var standing = Standing.Compute(start, [slip], slip, NewYork);

        Assert.Equal(new Standing(Day: 24, DaysSinceLastSlip: 0, Slips: 1), standing);
    }

    [Fact]
    public void SlipAtHalfPastMidnightBelongsToThatLocalDay()
    {
        var start = Local(2026, 12, 1, 20, 0);
        var slip = Local(2026, 12, 6, 0, 30);

        var sameDay = Standing.Compute(start, [slip], Local(2026, 12, 6, 23, 59), NewYork);
        var nextDay = Standing.Compute(start, [slip], Local(2026, 12, 7, 0, 1), NewYork);

        Assert.Equal(0, sameDay.DaysSinceLastSlip);
        Assert.Equal(1, nextDay.DaysSinceLastSlip);
    }

    [Fact]
    public void SpringForwardDayStillCountsAsOneDay()
    {
        var start = Local(2026, 3, 7, 12, 0);

        var standing = Standing.Compute(start, [], Local(2026, 3, 9, 0, 30), NewYork);

        Assert.Equal(3, standing.Day);
    }

    [Fact]
    public void SlipNeverChangesDaysSinceStart()
    {
        Gen.Select(Zones, Instants, Gen.Long[0, 400L * 86_400], Gen.Long[0, 400L * 86_400])
            .Sample((zone, start, slipOffset, nowOffset) =>
            {
                var slip = start + Duration.FromSeconds(slipOffset);
                var now = slip + Duration.FromSeconds(nowOffset);

                var without = Standing.Compute(start, [], now, zone);
                var with = Standing.Compute(start, [slip], now, zone);

                return with.Day == without.Day && with.Slips == 1 && with.DaysSinceLastSlip <= with.Day - 1;
            });
    }

    [Fact]
    public void DayMatchesTheLocalCalendar()
    {
        Gen.Select(Zones, Instants, Gen.Long[0, 800L * 86_400]).Sample((zone, start, offset) =>
        {
            var now = start + Duration.FromSeconds(offset);

            var standing = Standing.Compute(start, [], now, zone);

            var expected = Period.Between(start.InZone(zone).Date, now.InZone(zone).Date, PeriodUnits.Days).Days + 1;
            return standing.Day == expected && standing.DaysSinceLastSlip == expected - 1;
        });
    }

    [Fact]
    public void DaysSinceLastSlipCountsFromTheLatestSlip()
    {
        Gen.Select(Zones, Instants, Gen.Long[0, 100L * 86_400].Array[1, 6], Gen.Long[0, 30L * 86_400])
            .Sample((zone, start, offsets, after) =>
            {
                var slips = offsets.Select(o => start + Duration.FromSeconds(o)).ToList();
                var now = slips.Max() + Duration.FromSeconds(after);

                var standing = Standing.Compute(start, slips, now, zone);

                var latest = slips.Max().InZone(zone).Date;
                var expected = Period.Between(latest, now.InZone(zone).Date, PeriodUnits.Days).Days;
                return standing.Slips == slips.Count && standing.DaysSinceLastSlip == expected;
            });
    }

    private static Instant Local(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();
}
