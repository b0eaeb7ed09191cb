using System.Reflection;

namespace NoContact.Core.Tests;

public sealed class RepliesTests
{
    private static readonly Standing Long = new(Day: 365, DaysSinceLastSlip: 364, Slips: 120);

    public static TheoryData<string, string> EveryReply()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(Replies).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add(field.Name, (string)field.GetValue(null)!);
        }

        var longestName = new string('M', 20);
        data.Add(nameof(Replies.AlreadyJoined), Replies.AlreadyJoined(Long));
        data.Add(nameof(Replies.NameSaved), Replies.NameSaved(longestName));
        data.Add(nameof(Replies.SlipLogged), Replies.SlipLogged(Long));
        data.Add(nameof(Replies.Status), Replies.Status(Long, Trigger.FeelWanted, "Wednesday afternoon"));
        data.Add(nameof(Replies.TriggerSaved), Replies.TriggerSaved(Trigger.FeelWanted));
        data.Add(nameof(Replies.TimeZoneSet), Replies.TimeZoneSet("America/Argentina/ComodRivadavia", "23:59"));
        data.Add(nameof(Replies.CheckInSchedule),
            Replies.CheckInSchedule(
                "Mon, Tue, Wed, Thu, Fri, Sat, Sun", "23:30", "America/Argentina/ComodRivadavia", true));
        data.Add(nameof(Replies.CheckInSchedule) + " off",
            Replies.CheckInSchedule("Mon, Tue, Wed, Thu, Fri, Sat, Sun", "23:30", "UTC", false));
        data.Add(nameof(Replies.PartnerRemovedForPartner), Replies.PartnerRemovedForPartner(longestName));
        data.Add(nameof(Replies.Paused), Replies.Paused("Wed 30 Sep"));
        data.Add(nameof(Replies.Unknown), Replies.Unknown("CHECKIN", "PARTNER"));
        data.Add(nameof(Replies.PartnerInvite), Replies.PartnerInvite(longestName));
        data.Add(nameof(Replies.PartnerInviteSent), Replies.PartnerInviteSent("0124"));
        data.Add(nameof(Replies.PartnerState), Replies.PartnerState("0124", accepted: false));
        data.Add(nameof(Replies.PartnerState) + " accepted", Replies.PartnerState("0124", accepted: true));
        data.Add(nameof(Replies.PartnerAccepted), Replies.PartnerAccepted(longestName));
        data.Add(nameof(Replies.PartnerAcceptedForUser), Replies.PartnerAcceptedForUser("0124"));
        data.Add(nameof(Replies.PartnerDeclinedForUser), Replies.PartnerDeclinedForUser("0124"));
        data.Add(nameof(Replies.PartnerLeft), Replies.PartnerLeft("0124"));
        data.Add(nameof(Replies.PartnerSlipAlert), Replies.PartnerSlipAlert(longestName));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryReply))]
    public void EveryReplyIsPlainGsm7AndAtMostTwoSegments(string name, string text)
    {
        Assert.True(SmsSegments.IsGsm7(text), $"{name} has a character that forces UCS-2: {text}");
        Assert.InRange(SmsSegments.Count(text), 1, 2);
    }

    [Fact]
    public void HelpFitsInOneSms()
    {
        Assert.Equal(1, SmsSegments.Count(Replies.Help));
    }

    [Fact]
    public void SlipReplySaysTheDaysStillCount()
    {
        var reply = Replies.SlipLogged(new Standing(Day: 24, DaysSinceLastSlip: 0, Slips: 1));

        Assert.StartsWith("Logged. You are on day 24 with one slip; those days still count.", reply);
    }

    [Fact]
    public void PartnerAlertNamesOnlyTheFirstName()
    {
        Assert.Equal(
            "Sam logged a slip and could use a kind word. A short, warm text helps more than advice.",
            Replies.PartnerSlipAlert("Sam"));
    }
}
