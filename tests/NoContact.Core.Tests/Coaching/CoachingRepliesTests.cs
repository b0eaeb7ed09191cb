using NoContact.Core.Coaching;

namespace NoContact.Core.Tests.Coaching;

public sealed class CoachingRepliesTests
{
    private static readonly string Longest = new('M', 20);
    private static readonly string LongReason = new('r', 100);

    public static TheoryData<string, string> EveryCoachingReply()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Enum.GetValues<UrgeKind>())
        {
            for (var idea = 0; idea < Replies.UrgeIdeasPerKind; idea++)
            {
                data.Add($"Urge {kind} {idea}", Replies.Urge(kind, idea, null));
            }

            data.Add($"Urge {kind} with reason", Replies.Urge(kind, 0, LongReason));
        }

        foreach (var trigger in Enum.GetValues<Trigger>().Cast<Trigger?>().Append(null))
        {
            data.Add($"Reset {trigger}", Replies.FollowUpReset(trigger));
            data.Add($"Learn {trigger}", Replies.FollowUpLearn(trigger));
            data.Add($"Pattern {trigger}", Replies.PatternTrigger(trigger ?? Trigger.Other));
        }

        var date = new RiskyDate(12, 31, new string('x', RiskyDate.MaxLabelLength));
        data.Add("Steps", Replies.FollowUpSteps(true));
        data.Add("Milestone both", Replies.Milestone(new Milestone(365, 365), true));
        data.Add("Milestone start", Replies.Milestone(new Milestone(null, 365), true));
        data.Add("Milestone clean", Replies.Milestone(new Milestone(365, 365), false));
        data.Add("Partner milestone", Replies.MilestoneForPartner(Longest, 365));
        data.Add("Urge partner", Replies.UrgeForPartner(Longest));
        data.Add("Win", Replies.WinSaved(1000));
        data.Add("Reasons", Replies.ReasonsList(Enumerable.Repeat(new string('r', 50), 5).ToList()));
        data.Add("Check-in reason", Replies.CheckInWithReason(LongReason));
        data.Add("Dates", Replies.DatesList(Enumerable.Repeat(date, RiskyDates.Max).ToList()));
        data.Add("Date saved", Replies.DateSaved(date));
        data.Add("Eve", Replies.DateEveBefore(date.Label));
        data.Add("Morning", Replies.DateMorning(date.Label));
        data.Add("Evening", Replies.DateEvening(date.Label));
        data.Add("Pattern time",
            Replies.PatternTime("Friday and Saturday nights", "on Fridays and Saturdays", "22:30"));
        data.Add("Pattern added", Replies.PatternAdded("Fri, Sat", "22:30"));
        data.Add("Support", Replies.Support(
            "A counsellor or a breakup support group can help; call 211 (US) to find one near you."));
        data.Add("Digest", Replies.PartnerDigest(Longest, 12, 12));
        data.Add("Status", Replies.Status(new Standing(365, 364, 120), Trigger.FeelWanted, "Wednesday afternoon",
            1000, 1000));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCoachingReply))]
    public void EveryCoachingReplyIsPlainGsm7AndAtMostTwoSegments(string name, string text)
    {
        Assert.True(SmsSegments.IsGsm7(text), $"{name} has a character that forces UCS-2: {text}");
        Assert.InRange(SmsSegments.Count(text), 1, 2);
    }

    [Fact]
    public void PartnerHearsOnlyTheNameAndThatItIsHard()
    {
        Assert.Equal("Sam is having a hard moment; a call would help.", Replies.UrgeForPartner("Sam"));
    }

    [Fact]
    public void StatusCountsResistedUrgesAndWinsBeforeTheLastWords()
    {
        var status = Replies.Status(new Standing(10, 3, 1), null, null, urgesResisted: 2, wins: 1);

        Assert.EndsWith("Urges resisted: 2. Wins: 1. Keep going.", status);
    }
}
