namespace NoContact.Core.Tests;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("London", "Europe/London")]
    [InlineData("chicago", "America/Chicago")]
    [InlineData("New York", "America/New_York")]
    [InlineData("los angeles", "America/Los_Angeles")]
    [InlineData("ET", "America/New_York")]
    [InlineData("CT", "America/Chicago")]
    [InlineData("MT", "America/Denver")]
    [InlineData("PT", "America/Los_Angeles")]
    [InlineData("Seattle", "America/Los_Angeles")]
    [InlineData("Tokyo", "Asia/Tokyo")]
    [InlineData("Sydney.", "Australia/Sydney")]
    public void FindsZonesByNameCityOrAbbreviation(string text, string expected)
    {
        Assert.Equal(expected, TimeZones.Find(text)?.Id);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("")]
    [InlineData("XYZ")]
    public void UnknownNamesFindNothing(string text)
    {
        Assert.Null(TimeZones.Find(text));
    }
}
