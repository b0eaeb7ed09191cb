using NoContact.Core.Coaching;
using NodaTime;

namespace NoContact.Core.Tests.Coaching;

public sealed class PatternFinderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void FridayAndSaturdayNightsMakeOnePatternWithACheckInBeforeThem()
    {
        var slips = new[] { Slip(2026, 12, 4, 23, 10), Slip(2026, 12, 5, 22, 40), Slip(2026, 12, 12, 0, 30) };

        var pattern = PatternFinder.TimeOfWeek(slips, NewYork)!;

        Assert.Equal("Friday and Saturday nights", pattern.Label);
        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], pattern.CheckInDays.Order());
        Assert.Equal(new LocalTime(22, 0), pattern.CheckInTime);
    }

    [Fact]
    public void ThreeSlipsOnTheSameNightNameThatNight()
    {
        var slips = new[] { Slip(2026, 12, 4, 23, 10), Slip(2026, 12, 11, 22, 5), Slip(2026, 12, 18, 23, 55) };

        var pattern = PatternFinder.TimeOfWeek(slips, NewYork)!;

        Assert.Equal("Friday night", pattern.Label);
        Assert.Equal([IsoDayOfWeek.Friday], pattern.CheckInDays);
        Assert.Equal(new LocalTime(21, 30), pattern.CheckInTime);
    }

    [Fact]
    public void ScatteredSlipsAreNoPattern()
    {
        var slips = new[] { Slip(2026, 12, 1, 9, 0), Slip(2026, 12, 3, 15, 0), Slip(2026, 12, 5, 23, 0) };

        Assert.Null(PatternFinder.TimeOfWeek(slips, NewYork));
        Assert.Null(PatternFinder.RepeatedTrigger(slips));
    }

    [Fact]
    public void ThreeSlipsAfterDrinkingAreAPattern()
    {
        var slips = new[]
        {
            Slip(2026, 12, 1, 9, 0, Trigger.Drinking), Slip(2026, 12, 3, 15, 0, Trigger.Drinking),
            Slip(2026, 12, 5, 23, 0, Trigger.Drinking), Slip(2026, 12, 6, 23, 0, Trigger.Lonely),
        };

        Assert.Equal(Trigger.Drinking, PatternFinder.RepeatedTrigger(slips));
    }

    [Fact]
    public void ThreeSlipsInsideSevenDaysAreACluster()
    {
        var slips = new[] { Slip(2026, 12, 1, 9, 0), Slip(2026, 12, 3, 15, 0), Slip(2026, 12, 7, 23, 0) };

        Assert.True(PatternFinder.IsCluster(slips, slips[2].At));
        Assert.False(PatternFinder.IsCluster(slips, slips[2].At + Duration.FromDays(2)));
    }

    private static SlipFact Slip(int year, int month, int day, int hour, int minute, Trigger? trigger = null) =>
        new(NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant(), trigger);
}
