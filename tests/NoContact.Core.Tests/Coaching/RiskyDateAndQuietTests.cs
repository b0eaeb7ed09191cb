using NoContact.Core.Coaching;
using NodaTime;

namespace NoContact.Core.Tests.Coaching;

public sealed class RiskyDateAndQuietTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("14 FEB anniversary", true, 2, 14, "anniversary")]
    [InlineData("feb 14th Anniversary", true, 2, 14, "Anniversary")]
    [InlineData("3/7 birthday", true, 3, 7, "birthday")]
    [InlineData("3/7 birthday", false, 7, 3, "birthday")]
    [InlineData("29 February first date", false, 2, 29, "first date")]
    [InlineData("1 Aug", true, 8, 1, "hard day")]
    public void ReadsTheWaysPeopleWriteADate(string text, bool monthFirst, int month, int day, string label)
    {
        Assert.Equal(new RiskyDate(month, day, label), RiskyDate.Parse(text, monthFirst));
    }

    [Theory]
    [InlineData("31 FEB")]
    [InlineData("13/13 x")]
    [InlineData("night out")]
    [InlineData("14 FEB a label far too long for one text")]
    public void RejectsWhatIsNoDate(string text)
    {
        Assert.Null(RiskyDate.Parse(text, monthFirst: true));
    }

    [Fact]
    public void TwentyNinthOfFebruaryIsMarkedOnTheTwentyEighthInAYearWithoutOne()
    {
        var date = new RiskyDate(2, 29, "anniversary");

        Assert.Equal(new LocalDate(2027, 2, 28), date.In(2027));
        Assert.Equal(new LocalDate(2028, 2, 29), date.In(2028));
        Assert.Equal(new LocalDate(2028, 2, 29), date.NextOnOrAfter(new LocalDate(2027, 3, 1)));
    }

    [Fact]
    public void StoredDatesReadBackTheSame()
    {
        var dates = new[] { new RiskyDate(7, 3, "birthday"), new RiskyDate(2, 14, "our day") };

        Assert.Equal(dates.OrderBy(d => d.Key), RiskyDates.Read(RiskyDates.Write(dates)));
    }

    [Theory]
    [InlineData("23-7", 23, 7)]
    [InlineData("22:30 - 06:15", 22, 6)]
    [InlineData("1 to 5", 1, 5)]
    public void ReadsQuietHours(string text, int from, int until)
    {
        var quiet = QuietHours.Parse(text)!;

        Assert.Equal(from, quiet.From.Hour);
        Assert.Equal(until, quiet.Until.Hour);
    }

    [Fact]
    public void AlertInQuietHoursWaitsForTheirEnd()
    {
        var quiet = QuietHours.Parse("23-7")!;
        var lateAt = NewYork.AtStrictly(new LocalDateTime(2026, 12, 4, 23, 40)).ToInstant();
        var dayAt = NewYork.AtStrictly(new LocalDateTime(2026, 12, 4, 15, 0)).ToInstant();

        Assert.Equal(
            new LocalDateTime(2026, 12, 5, 7, 0), quiet.EndAfter(lateAt, NewYork).InZone(NewYork).LocalDateTime);
        Assert.Equal(dayAt, quiet.EndAfter(dayAt, NewYork));
        Assert.Null(QuietHours.Parse("7-7"));
    }
}
