namespace NoContact.Core.Tests;

/// <summary>Texts as people really type them, and what each must be read as.</summary>
public sealed class RealMessagesTests
{
    public static TheoryData<string, Keyword, string> Messages => new()
    {
        { "JOIN", Keyword.Join, "" },
        { "join", Keyword.Join, "" },
        { "   Join   ", Keyword.Join, "" },
        { "jion", Keyword.Join, "" },
        { "JOIN!!", Keyword.Join, "" },
        { "👋 join", Keyword.Join, "" },
        { "SLIP", Keyword.Slip, "" },
        { "slip", Keyword.Slip, "" },
        { "Slip.", Keyword.Slip, "" },
        { "SILP", Keyword.Slip, "" },
        { "slpi", Keyword.Slip, "" },
        { "slipp", Keyword.Slip, "" },
        { "slipped", Keyword.Slip, "" },
        { "I slipped", Keyword.Unknown, "I slipped" },
        { "slip up", Keyword.Slip, "" },
        { "Slip-up last night", Keyword.Slip, "last night" },
        { "SLIP texted him happy birthday", Keyword.Slip, "texted him happy birthday" },
        { "slip: saw her story at our old restaurant", Keyword.Slip, "saw her story at our old restaurant" },
        { "SLIP 😭😭", Keyword.Slip, "" },
        { "😞 slip", Keyword.Slip, "" },
        { "  slip   called her drunk  ", Keyword.Slip, "called her drunk" },
        { "relapse", Keyword.Slip, "" },
        { "STATUS", Keyword.Status, "" },
        { "status?", Keyword.Status, "" },
        { "stauts", Keyword.Status, "" },
        { "statsu", Keyword.Status, "" },
        { "Stats", Keyword.Status, "" },
        { "progress", Keyword.Status, "" },
        { "TZ London", Keyword.TimeZone, "London" },
        { "tz europe/berlin", Keyword.TimeZone, "europe/berlin" },
        { "time zone PT", Keyword.TimeZone, "PT" },
        { "timezone America/Chicago", Keyword.TimeZone, "America/Chicago" },
        { "CHECKIN", Keyword.CheckIn, "" },
        { "check-in off", Keyword.CheckIn, "off" },
        { "check in FRI SAT 22:30", Keyword.CheckIn, "FRI SAT 22:30" },
        { "checkins on", Keyword.CheckIn, "on" },
        { "chekin off", Keyword.CheckIn, "off" },
        { "PARTNER 555-010-0124", Keyword.Partner, "555-010-0124" },
        { "partner +1 (555) 010-0124", Keyword.Partner, "+1 (555) 010-0124" },
        { "Partner", Keyword.Partner, "" },
        { "partner remove", Keyword.Partner, "remove" },
        { "parnter 5550100124", Keyword.Partner, "5550100124" },
        { "NAME Sam", Keyword.Name, "Sam" },
        { "name Mary-Jo", Keyword.Name, "Mary-Jo" },
        { "YES", Keyword.Yes, "" },
        { "Yes!", Keyword.Yes, "" },
        { "yeah", Keyword.Yes, "" },
        { "y", Keyword.Yes, "" },
        { "No", Keyword.No, "" },
        { "nope", Keyword.No, "" },
        { "LEAVE", Keyword.Leave, "" },
        { "pause", Keyword.Pause, "" },
        { "PAUSE 3", Keyword.Pause, "3" },
        { "paues 10", Keyword.Pause, "10" },
        { "RESUME", Keyword.Resume, "" },
        { "resum", Keyword.Resume, "" },
        { "HELP", Keyword.Help, "" },
        { "help me", Keyword.Help, "me" },
        { "info", Keyword.Help, "" },
        { "STOP", Keyword.Stop, "" },
        { "stop.", Keyword.Stop, "" },
        { "Unsubscribe", Keyword.Stop, "" },
        { "START", Keyword.Start, "" },
        { "DELETE", Keyword.Delete, "" },
        { "delete yes", Keyword.Delete, "yes" },
        { "DELTE", Keyword.Delete, "" },
        { "erase", Keyword.Delete, "" },
        { "2", Keyword.Unknown, "2" },
        { "lonely", Keyword.Unknown, "lonely" },
        { "555-010-0124", Keyword.Unknown, "555-010-0124" },
        { "I miss him so much", Keyword.Unknown, "I miss him so much" },
        { "came home and cried", Keyword.Unknown, "came home and cried" },
        { "same as yesterday", Keyword.Unknown, "same as yesterday" },
        { "stop texting me", Keyword.Unknown, "stop texting me" },
        { "🙂", Keyword.Unknown, "" },
        { "", Keyword.Unknown, "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void EachMessageIsReadAsItsKeyword(string body, Keyword keyword, string argument)
    {
        var command = CommandParser.Parse(body);

        Assert.Equal(keyword, command.Keyword);
        Assert.Equal(argument, command.Argument);
    }

    [Fact]
    public void TableHoldsAtLeastSixtyMessages()
    {
        Assert.True(Messages.Count() >= 60);
    }

    [Theory]
    [InlineData("statis", "STATUS")]
    [InlineData("slop", "SLIP")]
    [InlineData("partnr", "PARTNER")]
    [InlineData("hello", "HELP")]
    public void UnknownWordSuggestsTheNearestKeywordFirst(string text, string expected)
    {
        Assert.Equal(expected, CommandParser.Nearest(text).First());
    }
}
