namespace NoContact.Core.Tests;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(70, 'é', 1)]
    [InlineData(70, '–', 1)]
    [InlineData(71, '–', 2)]
    [InlineData(134, '–', 2)]
    [InlineData(135, '–', 3)]
    public void CountsSegments(int length, char fill, int expected)
    {
        Assert.Equal(expected, SmsSegments.Count(new string(fill, length)));
    }

    [Fact]
    public void ExtendedCharactersTakeTwoSeptets()
    {
        Assert.Equal(2, SmsSegments.Count(new string('[', 81)));
    }

    [Theory]
    [InlineData("It's fine", true)]
    [InlineData("It’s fine", false)]
    [InlineData("ok 🙂", false)]
    public void CurlyQuotesAndEmojiForceUcs2(string text, bool gsm7)
    {
        Assert.Equal(gsm7, SmsSegments.IsGsm7(text));
    }

    [Theory]
    [InlineData("Zoë", "Zoe")]
    [InlineData("José", "José")]
    [InlineData("ok 🙂", "ok 🙂")]
    [InlineData("Łukasz", "Łukasz")]
    public void FoldsOnlyWhatGsm7Lacks(string text, string expected)
    {
        Assert.Equal(expected, SmsSegments.FoldToGsm7(text));
    }
}
