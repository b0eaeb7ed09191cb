using NoContact.Functions.Coaching;

namespace NoContact.Functions.Tests.Coaching;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("café au lait", "café au lait")]
    [InlineData("Zoë Straße naïve", "Zoe Straße naive")]
    [InlineData("he said “never” again", "he said 'never' again")]
    [InlineData("line one\nline two 🙂", "line one line two")]
    [InlineData("{braces} [and] ~tildes~", "braces and tildes")]
    public void QuotedWordsAreFoldedToPlainGsm7NotDropped(string text, string expected)
    {
        Assert.Equal(expected, UserText.Quotable(text, 100));
    }
}
