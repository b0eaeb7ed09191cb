namespace NoContact.Core.Tests;

public sealed class CrisisWordsTests
{
    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("SLIP and honestly I want to die")]
    [InlineData("thinking about suicide")]
    [InlineData("i feel suicidal tonight")]
    [InlineData("I might hurt myself")]
    [InlineData("I don't want to live anymore")]
    [InlineData("I don’t want to be here anymore")]
    [InlineData("better off dead")]
    [InlineData("ending it all")]
    [InlineData("I keep cutting myself")]
    [InlineData("self-harm again")]
    [InlineData("no reason to live without her")]
    [InlineData("wanna die")]
    [InlineData("I want to kil myself")]
    [InlineData("kms")]
    [InlineData("I don't want to be alive")]
    [InlineData("thinking of ending myself")]
    public void SpotsTextsAboutHurtingOneself(string text)
    {
        Assert.True(CrisisWords.Match(text));
    }

    [Theory]
    [InlineData("this breakup is killing me")]
    [InlineData("I was dying to text him")]
    [InlineData("I could die of embarrassment")]
    [InlineData("killed it at work today")]
    [InlineData("my phone died")]
    [InlineData("SLIP texted her at 2am")]
    [InlineData("the end of the day was hard")]
    [InlineData("I hurt him when I left")]
    [InlineData("500 kms away from him")]
    public void LetsFiguresOfSpeechPass(string text)
    {
        Assert.False(CrisisWords.Match(text));
    }
}
