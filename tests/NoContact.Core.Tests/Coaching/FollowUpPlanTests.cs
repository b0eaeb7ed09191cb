using CsCheck;
using NoContact.Core.Coaching;
using NodaTime;

namespace NoContact.Core.Tests.Coaching;

public sealed class FollowUpPlanTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void EveningSlipGetsThreeHoursLaterThenTheSameTimeOnTheNextTwoDays()
    {
        var times = Local(FollowUpPlan.TimesAfter(At(2026, 12, 4, 19, 0), NewYork));

        Assert.Equal(
            [new LocalDateTime(2026, 12, 4, 22, 0), new LocalDateTime(2026, 12, 5, 19, 0),
                new LocalDateTime(2026, 12, 6, 19, 0)],
            times);
    }

    [Fact]
    public void LateSlipsFollowUpsMoveOutOfTheNightToEightInTheMorning()
    {
        var times = Local(FollowUpPlan.TimesAfter(At(2026, 12, 4, 23, 45), NewYork));

        Assert.Equal(
            [new LocalDateTime(2026, 12, 5, 8, 0), new LocalDateTime(2026, 12, 6, 8, 0),
                new LocalDateTime(2026, 12, 7, 8, 0)],
            times);
    }

    [Theory]
    [InlineData(3, 7)]
    [InlineData(10, 31)]
    public void FollowUpsKeepTheLocalClockAcrossADaylightSavingChange(int month, int saturday)
    {
        var slip = At(2026, month, saturday, 19, 30);

        var times = FollowUpPlan.TimesAfter(slip, NewYork);

        Assert.Equal(new LocalTime(19, 30), times[1].InZone(NewYork).TimeOfDay);
        Assert.Equal(new LocalTime(19, 30), times[2].InZone(NewYork).TimeOfDay);
        Assert.NotEqual(Duration.FromDays(1), times[1] - slip);
    }

    [Fact]
    public void NoFollowUpEverLandsBetween2330And0800InAnyZone()
    {
        var zones = DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id]).ToArray();
        var instants = Gen.Long[0, 4_000_000_000L].Select(Instant.FromUnixTimeSeconds);

        Gen.Select(instants, Gen.Int[0, zones.Length - 1].Select(i => zones[i])).Sample((slip, zone) =>
            FollowUpPlan.TimesAfter(slip, zone).All(t => !IsNight(t.InZone(zone).TimeOfDay)
                || t.InZone(zone).TimeOfDay == FollowUpPlan.MorningStarts));
    }

    private static bool IsNight(LocalTime time) =>
        time >= FollowUpPlan.NightStarts || time < FollowUpPlan.MorningStarts;

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private static List<LocalDateTime> Local(IEnumerable<Instant> times) =>
        times.Select(t => t.InZone(NewYork).LocalDateTime).ToList();
}
