namespace NoContact.Core.Tests;

public sealed class TriggersTests
{
    [Theory]
    [InlineData("saw her story at our old restaurant", Trigger.Reminder)]
    [InlineData("heard our song", Trigger.Reminder)]
    [InlineData("felt so lonely tonight", Trigger.Lonely)]
    [InlineData("had a few drinks and called", Trigger.Drinking)]
    [InlineData("thought it might be different this time", Trigger.Hoping)]
    [InlineData("pure habit", Trigger.Habit)]
    [InlineData("fomo, wanted to know who she is seeing", Trigger.MissingOut)]
    [InlineData("needed to know he still cares", Trigger.FeelWanted)]
    public void RecognisesTheTriggerInASlipsWords(string words, Trigger expected)
    {
        Assert.Equal(expected, Triggers.Recognise(words));
    }

    [Theory]
    [InlineData("")]
    [InlineData("texted him")]
    [InlineData("sawdust everywhere")]
    public void WordsWithoutAClueHaveNoTrigger(string words)
    {
        Assert.Null(Triggers.Recognise(words));
    }

    [Theory]
    [InlineData("1", Trigger.Lonely)]
    [InlineData("2.", Trigger.Reminder)]
    [InlineData("7", Trigger.Drinking)]
    [InlineData("8", Trigger.Other)]
    [InlineData("lonely", Trigger.Lonely)]
    [InlineData("Habit", Trigger.Habit)]
    [InlineData("other", Trigger.Other)]
    [InlineData("fomo", Trigger.MissingOut)]
    public void ReadsAnAnswerToTheQuestion(string answer, Trigger expected)
    {
        Assert.Equal(expected, Triggers.FromAnswer(answer));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("I was feeling lonely and then I saw a photo of us")]
    [InlineData("what")]
    public void RejectsWhatIsNotAnAnswer(string answer)
    {
        Assert.Null(Triggers.FromAnswer(answer));
    }
}
