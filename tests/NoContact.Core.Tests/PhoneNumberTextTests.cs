namespace NoContact.Core.Tests;

public sealed class PhoneNumberTextTests
{
    [Theory]
    [InlineData("+1 555 010 0124", "+15550100124")]
    [InlineData("(555) 010-0124", "+15550100124")]
    [InlineData("555-010-0124", "+15550100124")]
    [InlineData("+1 212 555 0147", "+12125550147")]
    [InlineData("+44 7700 900123", "+447700900123")]
    public void NormalisesToE164InTheUsersCountry(string typed, string expected)
    {
        Assert.Equal(expected, PhoneNumberText.ToE164(typed, "+15550100123", "US"));
    }

    [Fact]
    public void NumberWithoutCountryCodeTakesTheUsersCountry()
    {
        Assert.Equal("+447700900123", PhoneNumberText.ToE164("07700 900123", "+447700900999", "US"));
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("123")]
    [InlineData("")]
    public void RejectsWhatIsNotANumber(string typed)
    {
        Assert.Null(PhoneNumberText.ToE164(typed, "+15550100123", "US"));
    }

    [Fact]
    public void LastDigitsShowFour()
    {
        Assert.Equal("0124", PhoneNumberText.LastDigits("+15550100124"));
    }
}
