using NoContact.Core;

namespace NoContact.Core.Tests;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("JOIN", Keyword.Join, "")]
    [InlineData("  join  ", Keyword.Join, "")]
    [InlineData("Join!", Keyword.Join, "")]
    [InlineData("SLIP", Keyword.Slip, "")]
    [InlineData("slip saw her story at our old restaurant", Keyword.Slip, "saw her story at our old restaurant")]
    [InlineData("Slip: texted him", Keyword.Slip, "texted him")]
    [InlineData("SLIP   double   spaced", Keyword.Slip, "double spaced")]
    [InlineData("PARTNER +1 555 010 0124", Keyword.Partner, "+1 555 010 0124")]
    [InlineData("partner", Keyword.Partner, "")]
    [InlineData("NAME Sam", Keyword.Name, "Sam")]
    [InlineData("status?", Keyword.Status, "")]
    [InlineData("yes", Keyword.Yes, "")]
    [InlineData("Yes!", Keyword.Yes, "")]
    [InlineData("no", Keyword.No, "")]
    [InlineData("help", Keyword.Help, "")]
    [InlineData("INFO", Keyword.Help, "")]
    [InlineData("hello there", Keyword.Unknown, "hello there")]
    [InlineData("", Keyword.Unknown, "")]
    [InlineData("   ", Keyword.Unknown, "")]
    public void ReadsKeywordAndWhatFollows(string body, Keyword keyword, string argument)
    {
        var command = CommandParser.Parse(body);

        Assert.Equal(new Command(keyword, argument), command);
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop. ")]
    [InlineData("STOPALL")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("CANCEL")]
    [InlineData("END")]
    [InlineData("QUIT")]
    [InlineData("REVOKE")]
    [InlineData("OPTOUT")]
    public void CarrierOptOutWordsAloneMeanStop(string body)
    {
        Assert.Equal(Keyword.Stop, CommandParser.Parse(body).Keyword);
    }

    [Theory]
    [InlineData("START")]
    [InlineData("unstop")]
    public void CarrierOptInWordsMeanStart(string body)
    {
        Assert.Equal(Keyword.Start, CommandParser.Parse(body).Keyword);
    }

    [Theory]
    [InlineData("stop texting me please")]
    [InlineData("I can't stop thinking about her")]
    [InlineData("end of the day was hard")]
    public void OptOutWordInsideASentenceIsNotStop(string body)
    {
        Assert.NotEqual(Keyword.Stop, CommandParser.Parse(body).Keyword);
    }
}
