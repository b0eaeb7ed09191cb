using NodaTime;

namespace NoContact.Core.Tests;

public sealed class CheckInRequestTests
{
    [Theory]
    [InlineData("", typeof(CheckInRequest.Show))]
    [InlineData("off", typeof(CheckInRequest.TurnOff))]
    [InlineData("ON", typeof(CheckInRequest.TurnOn))]
    [InlineData("banana", typeof(CheckInRequest.Invalid))]
    [InlineData("FRI 25:00", typeof(CheckInRequest.Invalid))]
    public void ReadsWhatWasAsked(string text, Type expected)
    {
        Assert.IsType(expected, CheckInRequest.Parse(text));
    }

    [Theory]
    [InlineData("FRI SAT 22:30", "Fri,Sat", 22, 30)]
    [InlineData("fri, sat at 10:30pm", "Fri,Sat", 22, 30)]
    [InlineData("weekends 11pm", "Fri,Sat,Sun", 23, 0)]
    [InlineData("daily 9 pm", "Mon,Tue,Wed,Thu,Fri,Sat,Sun", 21, 0)]
    [InlineData("thurs 2130", "Thu", 21, 30)]
    public void ReadsDaysAndTime(string text, string days, int hour, int minute)
    {
        var change = Assert.IsType<CheckInRequest.Change>(CheckInRequest.Parse(text));

        Assert.Equal(days, new CheckInSchedule(change.Days!, change.Time!.Value).DaysText);
        Assert.Equal(new LocalTime(hour, minute), change.Time);
    }

    [Fact]
    public void TimeAloneKeepsTheDays()
    {
        var change = Assert.IsType<CheckInRequest.Change>(CheckInRequest.Parse("22:00"));

        Assert.Null(change.Days);
        Assert.Equal(new LocalTime(22, 0), change.Time);
    }
}
