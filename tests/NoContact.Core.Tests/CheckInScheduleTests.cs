using CsCheck;
using NodaTime;

namespace NoContact.Core.Tests;

public sealed class CheckInScheduleTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly CheckInSchedule Weekends = CheckInSchedule.Parse("Fri,Sat,Sun", "23:00");

    [Fact]
    public void ParsesDaysAndTime()
    {
        var schedule = CheckInSchedule.Parse("fri, sat sun", "23:00");

        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], schedule.Days.Order());
        Assert.Equal(new LocalTime(23, 0), schedule.Time);
        Assert.Equal("Fri,Sat,Sun", schedule.DaysText);
        Assert.Equal("23:00", schedule.TimeText);
    }

    [Theory]
    [InlineData("Fri", "25:00")]
    [InlineData("Funday", "23:00")]
    [InlineData("F", "23:00")]
    public void RejectsWhatIsNotADayOrATime(string days, string time)
    {
        Assert.Throws<FormatException>(() => CheckInSchedule.Parse(days, time));
    }

    [Fact]
    public void TimeSkippedBySpringForwardMovesToTheHourAfter()
    {
        var schedule = CheckInSchedule.Parse("Sun", "2:30");
        var saturday = NewYork.AtStrictly(new LocalDateTime(2026, 3, 7, 12, 0)).ToInstant();

        var next = schedule.NextAfter(saturday, NewYork)!.Value;

        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 30), next.InZone(NewYork).LocalDateTime);
    }

    [Fact]
    public void TimeRepeatedByFallBackHappensOnce()
    {
        var schedule = CheckInSchedule.Parse("Sun", "1:30");
        var saturday = NewYork.AtStrictly(new LocalDateTime(2026, 10, 31, 12, 0)).ToInstant();

        var first = schedule.NextAfter(saturday, NewYork)!.Value;
        var second = schedule.NextAfter(first, NewYork)!.Value;

        Assert.Equal(new LocalDateTime(2026, 11, 1, 1, 30), first.InZone(NewYork).LocalDateTime);
        Assert.Equal(new LocalDate(2026, 11, 8), second.InZone(NewYork).Date);
    }

    [Fact]
    public void EveryOccurrenceIsOnAChosenDayAtTheChosenTimeAndOneWeekHoldsThree()
    {
        var zones = Gen.OneOf("America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata")
            .Select(id => DateTimeZoneProviders.Tzdb[id]);
        var instants = Gen.Long[1_735_689_600L, 1_830_297_600L].Select(Instant.FromUnixTimeSeconds);

        Gen.Select(zones, instants).Sample((zone, start) =>
        {
            var occurrences = new List<Instant>();
            var cursor = start;
            while (occurrences.Count < 6)
            {
                cursor = Weekends.NextAfter(cursor, zone)!.Value;
                occurrences.Add(cursor);
            }

            var local = occurrences.Select(o => o.InZone(zone).LocalDateTime).ToList();
            return local.All(l => Weekends.Days.Contains(l.DayOfWeek) && l.TimeOfDay == new LocalTime(23, 0))
                && local.Select(l => l.Date).Distinct().Count() == 6
                && occurrences.All(o => Weekends.Includes(o, zone));
        });
    }

    [Fact]
    public void EmptyScheduleHasNoNextOccurrence()
    {
        var none = new CheckInSchedule(new HashSet<IsoDayOfWeek>(), new LocalTime(23, 0));

        Assert.Null(none.NextAfter(SystemClock.Instance.GetCurrentInstant(), NewYork));
    }
}
