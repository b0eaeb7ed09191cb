using NoContact.Core.Coaching;

namespace NoContact.Core;

/// <summary>
/// Every word the service sends, in one place so it can be read and changed as a whole.
/// Plain GSM-7 characters only (no curly quotes or emoji) so each text stays one or two segments.
/// </summary>
public static partial class Replies
{
    public const string JoinFirst =
        "Hi, this is NoContact, a coach for keeping no contact after a breakup. Text JOIN to start.";

    public const string Welcome =
        "Welcome to NoContact. Today is day 1.\n"
        + "If you reach out to your ex, text SLIP: no judgment, your days still count. "
        + "NAME Sam sets your name, PARTNER +15551234567 adds a friend. HELP lists the rest.";

    public const string Help =
        "Text SLIP, URGE, WIN, STATUS, REASONS, DATE, NAME, PARTNER, ALERTS, CHECKIN, TZ, PAUSE, RESUME, "
        + "DELETE or STOP. "
        + "In crisis in the US? Call or text 988.";

    public const string Resubscribed =
        "You are back on NoContact. Texts and check-ins start again. Text HELP for options.";

    public const string NameInvalid =
        "A first name is 1 to 20 Latin letters (spaces and hyphens are fine), so texts stay short. Try: NAME Sam";

    public const string TriggerQuestion =
        "What set it off? Reply with a number: 1 lonely, 2 a reminder, 3 hoping it would be different, "
        + "4 habit, 5 fear of missing out, 6 wanting to feel wanted, 7 after drinking, 8 other.";

    public const string TimeZoneUnknown =
        "I do not know that time zone. Try a city or a name like TZ London, TZ Chicago, TZ PT "
        + "or TZ Europe/Berlin.";

    public const string CheckInInvalid =
        "Try CHECKIN FRI SAT 22:30, CHECKIN DAILY 9PM, CHECKIN OFF or CHECKIN ON.";

    public const string CheckInOff = "Check-ins are off. Text CHECKIN ON to get them again.";

    public const string PartnerNeedsName =
        "First tell me the name your partner knows you by: text NAME and your first name. "
        + "Then text PARTNER and their number.";

    public const string PartnerNone =
        "You have no partner yet. Text PARTNER and a friend's number, like PARTNER +15551234567.";

    public const string PartnerInvalidNumber =
        "That does not look like a phone number. Try PARTNER +15551234567 (with the country code).";

    public const string PartnerIsSelf =
        "Your partner needs to be someone else: text PARTNER with a friend's number.";

    public const string PartnerUnavailable =
        "I cannot send an invite to that number. Maybe ask someone else you trust?";

    public const string PartnerRemoved = "Done: you have no partner now. Text PARTNER and a number to add one.";

    public const string PartnerDeclinedThanks =
        "No problem, and thank you for answering. You will not hear from us again.";

    public const string PartnerLeftThanks =
        "Done. You will get no more partner texts. Thank you for being there for a friend.";

    public const string NotAPartner =
        "You are not anyone's partner here, so there is nothing to leave. Text STOP to end all texts.";

    public const string PauseInvalid = "Try PAUSE for a week, or PAUSE 3 for three days (90 at most).";

    public const string Resumed = "Welcome back. Check-ins and reminders are on again.";

    public const string NotPaused = "Nothing is paused. Text PAUSE to take a break from check-ins.";

    public const string DeleteConfirm =
        "This erases your progress, slips, settings and partner link for good. "
        + "To go ahead, text DELETE YES within 10 minutes.";

    public const string DeleteNeedsRequest = "To erase your data, text DELETE first, then DELETE YES.";

    public const string DeleteCancelled = "Nothing was erased. Your progress is still here.";

    public const string Deleted =
        "Done. Everything we kept about this number is erased. If you ever want to start again, text JOIN.";

    public const string NothingStored = "We keep nothing about this number. Text JOIN to start.";

    public const string CheckIn =
        "Evening check-in from NoContact: how are you holding up tonight? No reply needed. "
        + "If the urge to reach out is strong, put the phone in another room for a while.";

    public static string AlreadyJoined(Standing standing) =>
        $"You are already in: day {standing.Day}. Text STATUS for details or HELP for options.";

    public static string NameSaved(string name) =>
        $"Thanks, {name}. That first name is all a partner will ever see about you.";

    public static string SlipLogged(Standing standing) =>
        $"Logged. You are on day {standing.Day} with {Count(standing.Slips, "slip")}; "
        + "those days still count. Do not send a follow-up. Put the phone down for 30 minutes "
        + "and start again from here.";

    public static string TriggerSaved(Trigger trigger) =>
        $"Noted: {Triggers.Label(trigger)}. Knowing what sets it off is how the next one gets easier.";

    public static string Status(Standing standing, Trigger? trigger, string? timeOfWeek)
    {
        var days = standing.Slips == 0
            ? $"Day {standing.Day} of no contact, no slips so far."
            : $"Day {standing.Day} of no contact, {Count(standing.Slips, "slip")}, "
                + $"{Count(standing.DaysSinceLastSlip, "day")} since the last one.";
        var pattern = (trigger, timeOfWeek) switch
        {
            (null, null) => "",
            (null, { } when) => $" Most slips: {when}.",
            ({ } why, null) => $" Most common trigger: {Triggers.Label(why)}.",
            ({ } why, { } when) => $" Most slips: {when}; most common trigger: {Triggers.Label(why)}.",
        };
        return days + pattern + " Keep going.";
    }

    public static string TimeZoneNow(string zoneId, string localTime) =>
        $"Your time zone is {zoneId} (it is {localTime} there). Change it with TZ and a city, like TZ Chicago.";

    public static string TimeZoneSet(string zoneId, string localTime) =>
        $"Time zone set to {zoneId}. It is {localTime} there now; check-ins follow your local time.";

    public static string CheckInSchedule(string days, string time, string zoneId, bool on) => on
        ? $"Check-ins: {days} at {time} ({zoneId}). Change with CHECKIN FRI SAT 22:30, or CHECKIN OFF."
        : $"Check-ins are off (they would be {days} at {time}). Text CHECKIN ON to turn them on.";

    public static string PartnerInvite(string name) =>
        $"Hi! {name} asked you to be their no-contact partner on NoContact. You would get a short text "
        + "if they slip. Reply YES to agree or NO to decline. STOP ends all texts.";

    public static string PartnerInviteSent(string lastDigits) =>
        $"Invite sent to the number ending {lastDigits}. I will tell you when they answer.";

    public static string PartnerState(string lastDigits, bool accepted) => accepted
        ? $"Your partner is the number ending {lastDigits}. They get a text when you log a slip. "
            + "PARTNER REMOVE ends it."
        : $"Your invite to the number ending {lastDigits} is waiting for a YES. PARTNER REMOVE cancels it.";

    public static string PartnerReplaced(string newDigits, string oldDigits) =>
        $"Invite sent to the number ending {newDigits}. The number ending {oldDigits} is no longer your "
        + "partner and has been told.";

    public static string PartnerAccepted(string name) =>
        $"Thank you. You will get a short text when {name} logs a slip. Text LEAVE or STOP at any time.";

    public static string PartnerAcceptedForUser(string lastDigits) =>
        $"Good news: the number ending {lastDigits} agreed to be your partner.";

    public static string PartnerDeclinedForUser(string lastDigits) =>
        $"The number ending {lastDigits} said no to being your partner. You can invite someone else.";

    public static string PartnerLeft(string lastDigits) =>
        $"The number ending {lastDigits} is no longer your partner and gets no more texts about you.";

    public static string PartnerRemovedForPartner(string name) =>
        $"{name} has ended the partner link on NoContact, so you will get no more texts about them. Thank you.";

    /// <summary>How partner texts name a user; NAME is asked for before PARTNER, so rarely needed.</summary>
    public static string NameOrFriend(string? name) => string.IsNullOrEmpty(name) ? "Your friend" : name;

    public static string PartnerSlipAlert(string name) =>
        $"{name} logged a slip and could use a kind word. A short, warm text helps more than advice.";

    public static string Paused(string untilDate) =>
        $"Paused until {untilDate}: no check-ins or reminders. You can still text SLIP. RESUME ends the pause.";

    public static string Unknown(string first, string second) =>
        $"Sorry, I did not get that. Did you mean {first} or {second}? HELP lists everything.";

    private static string Count(int n, string noun) => n == 1 ? $"one {noun}" : $"{n} {noun}s";
}
