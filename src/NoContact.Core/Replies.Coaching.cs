using NoContact.Core.Coaching;

namespace NoContact.Core;

/// <summary>
/// Coaching over time: urges, wins, reasons, the 48 hours after a slip, milestones, dates,
/// patterns. The same rules as the rest of <see cref="Replies"/>: plain GSM-7, at most two segments.
/// </summary>
public static partial class Replies
{
    public const string ReasonsNone =
        "No reasons saved yet. Text REASONS and one reason you chose no contact, in your own words. "
        + "I will remind you of it when it is hard.";

    public const string ReasonsFull = "You have 5 reasons saved, the most I keep. REASONS CLEAR starts the list again.";

    public const string ReasonsCleared = "Your reasons are cleared. Text REASONS and a new one any time.";

    public const string DateInvalid =
        "Try DATE 14 FEB anniversary or DATE 3/7 birthday. DATES lists yours, DATE REMOVE 14 FEB drops one.";

    public const string DatesNone = "No dates saved. Text DATE 14 FEB anniversary to get extra support on a hard day.";

    public const string DatesFull = "You have 8 dates saved, the most I keep. DATE REMOVE 14 FEB drops one.";

    public const string DateNotFound = "That date is not on your list. Text DATES to see it.";

    public const string AlertsInvalid =
        "Try ALERTS URGE ON, ALERTS URGE OFF, ALERTS MILESTONES ON or ALERTS MILESTONES OFF.";

    public const string QuietInvalid = "Try QUIET 23-7 for no partner texts from 23:00 to 07:00, or QUIET OFF.";

    public const string QuietOff = "Quiet hours are off: partner texts come when they happen.";

    public const string QuietNotPartner =
        "Quiet hours are for partners. Text CHECKIN to change when your check-ins come.";

    public const string PatternNoOffer = "Nothing to say yes to just now. Text HELP for options.";

    /// <summary>How many ideas each kind of urge help has; they take turns.</summary>
    public static int UrgeIdeasPerKind => 3;

    private static readonly Dictionary<UrgeKind, string[]> UrgeIdeas = new()
    {
        [UrgeKind.Body] =
        [
            "Get up and walk for ten minutes, phone left at home.",
            "Splash cold water on your face, or hold an ice cube until it melts.",
            "Do push-ups or squats until your legs burn, then see how the urge feels.",
        ],
        [UrgeKind.Mind] =
        [
            "Write the message you want to send on paper, then fold it up. Do not send it.",
            "Read the reasons you chose no contact, slowly, out loud if you can.",
            "Make a list of three things they did that hurt. Keep it where you can see it.",
        ],
        [UrgeKind.Feelings] =
        [
            "Put on a song that lets you feel it, and let yourself feel it all the way.",
            "If tears come, let them. Crying is how the body lets go; it passes.",
            "Call someone who is on your side and tell them you are struggling.",
        ],
        [UrgeKind.Spirit] =
        [
            "Breathe in for four, hold for four, out for six. Ten rounds before you touch the phone.",
            "Sit still for two minutes and pray or meditate, whatever fits you.",
            "Name three things you are grateful for today, one of them about yourself.",
        ],
    };

    public static string Urge(UrgeKind kind, int idea, string? reason) =>
        reason is not null && kind == UrgeKind.Mind
            ? $"Right now: read your own reason: \"{reason}\". Then wait 20 minutes before you decide anything."
            : $"Right now: {UrgeIdeas[kind][idea % UrgeIdeasPerKind]} The wave passes in 20 minutes or so. "
                + "Text SLIP if it wins, no shame.";

    public static string UrgeForPartner(string name) => $"{name} is having a hard moment; a call would help.";

    public static string WinSaved(int wins) =>
        $"Win number {wins}, noted. Days like this are the new life you are building. STATUS shows them all.";

    public static string ReasonSaved(int count) =>
        $"Saved as reason {count}. I will read it back to you when an urge hits. REASONS shows them all.";

    public static string ReasonsList(IReadOnlyList<string> reasons) =>
        "Your reasons: " + string.Join(" ", reasons.Select((r, i) => $"{i + 1}) {r}"));

    public static string CheckInWithReason(string reason) =>
        $"Evening check-in from NoContact: how are you tonight? You once wrote: \"{reason}\". It is still true.";

    public static string FollowUpSteps(bool hasPartner) =>
        "A few hours on from the slip: send no follow-up to your ex, and do not check for a reply. "
        + "Put the phone in another room for a while. "
        + (hasPartner ? "Your partner knows; a call with them helps." : "Tell a friend what happened; it helps.");

    public static string FollowUpReset(Trigger? trigger) =>
        $"A new day after the slip. {RemoveTrigger(trigger)} Then say it again: no contact, starting today. "
        + "Your days still count.";

    public static string FollowUpLearn(Trigger? trigger) => trigger is null or Trigger.Other
        ? "Two days on. What led to the slip: the time, the place, the feeling? Pick one thing to do "
            + "instead next time and text it as a REASONS if it helps."
        : $"Two days on. The slip came from {Triggers.Label(trigger.Value)}. Next time: {NextTime(trigger.Value)} "
            + "Text URGE in the moment and I will answer.";

    public static string Milestone(Coaching.Milestone milestone, bool hasSlips) => (milestone, hasSlips) switch
    {
        ({ SinceStart: { } total }, false) =>
            $"{total} days of no contact, not one slip. Every one of them was a choice you made. Keep going.",
        ({ SinceLastSlip: { } run, SinceStart: { } total }, _) =>
            $"{run} days since your last slip and {total} days since you started. That is real work. Keep going.",
        ({ SinceLastSlip: { } run }, _) =>
            $"{run} days in a row with no contact. Every one of them was a choice you made. Keep going.",
        ({ SinceStart: { } total }, _) =>
            $"{total} days since you started, slips and all. The days count, and so does getting up again.",
        _ => "",
    };

    public static string MilestoneForPartner(string name, int days) =>
        $"Good news: {name} has reached {days} days of no contact. A short note to say well done would mean a lot.";

    public static string DateSaved(Coaching.RiskyDate date) =>
        $"Saved: {date.Text}. That day you get an extra morning and evening check-in, and a note the evening before.";

    public static string DatesList(IReadOnlyList<Coaching.RiskyDate> dates) =>
        "Your dates: " + string.Join(", ", dates.Select(d => d.Text)) + ". DATE REMOVE 14 FEB drops one.";

    public static string DateRemoved(Coaching.RiskyDate date) => $"Removed {date.Text} from your dates.";

    public static string DateEveBefore(string label) =>
        $"Tomorrow is your {label} date. Plan the day now: who you will see, what you will do, "
        + "and where your phone will be tonight.";

    public static string DateMorning(string label) =>
        $"Morning check-in: today is your {label} date. It is allowed to hurt. Keep the day full and text URGE "
        + "if it gets heavy.";

    public static string DateEvening(string label) =>
        $"Evening check-in on your {label} date: the hardest part is nearly over. Phone away, early night. "
        + "You did it.";

    public static string PatternTime(string label, string days, string time) =>
        $"Something I noticed: most of your slips come on {label}. Want a check-in {days} at {time}, just before? "
        + "Reply YES and I will add it.";

    public static string PatternTrigger(Trigger trigger) => trigger == Trigger.Drinking
        ? "Something I noticed: most of your slips come after drinking. Before a night out, give your phone "
            + "to a friend or delete their number for the night."
        : $"Something I noticed: most of your slips come from {Triggers.Label(trigger)}. Next time: "
            + NextTime(trigger);

    public static string PatternAdded(string days, string time) =>
        $"Done: an extra check-in {days} at {time}. CHECKIN shows your usual ones.";

    public static string Support(string resources) =>
        $"Three slips in a week is common, and it says this is hard, not that you are failing. More support helps. "
        + resources;

    public static string PartnerDigest(string name, int slips, int urges) => (slips, urges) switch
    {
        (0, _) => $"{name} had {Count(urges, "more hard moment")} today. A call or a warm text would help.",
        (_, 0) => $"{name} logged {Count(slips, "more slip")} today. A call or a warm text would help.",
        _ => $"{name} logged {Count(slips, "more slip")} and {Count(urges, "hard moment")} today. "
            + "A call or a warm text would help.",
    };

    public const string PatternCheckIn =
        "The check-in you asked for, at the time that has been hard: how is tonight going? "
        + "Phone in another room, and text URGE if it pulls.";

    public static string AlertsState(bool urges, bool milestones) =>
        $"Partner alerts: slips always, urges {OnOff(urges)}, milestones {OnOff(milestones)}. "
        + $"Change with ALERTS URGE {OnOff(!urges).ToUpperInvariant()} or "
        + $"ALERTS MILESTONES {OnOff(!milestones).ToUpperInvariant()}.";

    public static string QuietSet(string range) =>
        $"Quiet hours set: {range}. Alerts that come then wait until the end of them.";

    public static string Status(Standing standing, Trigger? trigger, string? timeOfWeek, int urgesResisted, int wins)
    {
        var status = Status(standing, trigger, timeOfWeek);
        var extra = (urgesResisted, wins) switch
        {
            (0, 0) => "",
            (_, 0) => $" Urges resisted: {urgesResisted}.",
            (0, _) => $" Wins: {wins}.",
            _ => $" Urges resisted: {urgesResisted}. Wins: {wins}.",
        };
        return status.Replace(" Keep going.", extra + " Keep going.");
    }

    private static string RemoveTrigger(Trigger? trigger) => trigger switch
    {
        Trigger.Reminder => "Mute or unfollow them, and put the photos in a folder you do not open.",
        Trigger.Drinking => "Delete their number tonight, or hand your phone to a friend when you drink.",
        Trigger.Lonely => "Plan one thing with another person this week, even a short call.",
        Trigger.Habit => "Move their chat off your home screen and archive it, so the habit meets a wall.",
        _ => "Remove one thing that brings them to mind: a chat, a photo, a route you take.",
    };

    private static string NextTime(Trigger trigger) => trigger switch
    {
        Trigger.Lonely => "call a friend before you reach for their name.",
        Trigger.Reminder => "look away, breathe, and leave the place or the app.",
        Trigger.Hoping => "read why it ended; it would not be different this time.",
        Trigger.Habit => "have something else for your hands: a walk, a game, a text to a friend.",
        Trigger.MissingOut => "remember that what they do no longer needs you to know it.",
        Trigger.FeelWanted => "text someone who already shows they care.",
        Trigger.Drinking => "leave the phone with a friend before the first drink.",
        _ => "text URGE first.",
    };

    private static string OnOff(bool on) => on ? "on" : "off";

}
