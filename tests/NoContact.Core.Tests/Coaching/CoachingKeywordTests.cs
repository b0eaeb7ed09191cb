namespace NoContact.Core.Tests.Coaching;

public sealed class CoachingKeywordTests
{
    [Theory]
    [InlineData("URGE", Keyword.Urge, "")]
    [InlineData("urge partner", Keyword.Urge, "partner")]
    [InlineData("Urges!", Keyword.Urge, "")]
    [InlineData("UGRE", Keyword.Urge, "")]
    [InlineData("win went for a run", Keyword.Win, "went for a run")]
    [InlineData("WIN: cooked for myself", Keyword.Win, "cooked for myself")]
    [InlineData("REASONS he never listened", Keyword.Reasons, "he never listened")]
    [InlineData("reason", Keyword.Reasons, "")]
    [InlineData("resaons", Keyword.Reasons, "")]
    [InlineData("DATE 14 FEB anniversary", Keyword.Date, "14 FEB anniversary")]
    [InlineData("dates", Keyword.Date, "")]
    [InlineData("Date remove 3/7", Keyword.Date, "remove 3/7")]
    [InlineData("ALERTS URGE ON", Keyword.Alerts, "URGE ON")]
    [InlineData("alert milestones off", Keyword.Alerts, "milestones off")]
    [InlineData("QUIET 23-7", Keyword.Quiet, "23-7")]
    public void ReadsTheCoachingKeywords(string body, Keyword keyword, string argument)
    {
        Assert.Equal(new Command(keyword, argument), CommandParser.Parse(body));
    }

    [Theory]
    [InlineData("why did I do that")]
    [InlineData("winter is hard")]
    [InlineData("dated someone new")]
    [InlineData("SOS")]
    [InlineData("quite a day")]
    public void OrdinaryWordsStayUnknown(string body)
    {
        Assert.Equal(Keyword.Unknown, CommandParser.Parse(body).Keyword);
    }
}
