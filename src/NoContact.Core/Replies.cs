namespace NoContact.Core;

/// <summary>
/// Every word the service sends, in one place so it can be read and changed as a whole.
/// Plain GSM-7 characters only (no curly quotes or emoji) so each text stays one or two segments.
/// </summary>
public static class Replies
{
    public const string JoinFirst =
        "Hi, this is NoContact, a coach for keeping no contact after a breakup. Text JOIN to start.";

    public const string Welcome =
        "Welcome to NoContact. Today is day 1. Text SLIP if you reach out to your ex: no judgment, "
        + "your days still count. Text NAME and your first name, then PARTNER and a number to add "
        + "a friend. HELP for more.";

    public const string Help =
        "NoContact: SLIP (you reached out), STATUS, NAME Sam, PARTNER +15551234567, STOP to end texts. "
        + "In crisis in the US? Call or text 988.";

    public const string Unknown =
        "I did not catch that. Text SLIP if you reached out, or STATUS to see your progress. HELP for all.";

    public const string Resubscribed =
        "You are back on NoContact. Texts and check-ins start again. Text HELP for options.";

    public const string NameInvalid =
        "A first name is 1 to 20 letters (spaces and hyphens are fine). Try: NAME Sam";

    public const string PartnerNeedsName =
        "First tell me the name your partner knows you by: text NAME and your first name. "
        + "Then text PARTNER and their number.";

    public const string PartnerNeedsNumber =
        "Text PARTNER and their number, like PARTNER +15551234567.";

    public const string PartnerInvalidNumber =
        "That does not look like a phone number. Try PARTNER +15551234567 (with the country code).";

    public const string PartnerIsSelf =
        "Your partner needs to be someone else: text PARTNER with a friend's number.";

    public const string PartnerOptedOut =
        "That number has asked us not to text it, so I cannot invite it. Maybe ask someone else?";

    public const string PartnerDeclinedThanks =
        "No problem, and thank you for answering. You will not hear from us again.";

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

    public static string Status(Standing standing) => standing.Slips == 0
        ? $"Day {standing.Day} of no contact, no slips so far. Keep going."
        : $"Day {standing.Day} of no contact, {Count(standing.Slips, "slip")}, "
            + $"{Count(standing.DaysSinceLastSlip, "day")} since the last one. Keep going.";

    public static string PartnerInvite(string name) =>
        $"Hi! {name} asked you to be their no-contact partner on NoContact. You would get a short text "
        + "if they slip. Reply YES to agree or NO to decline. STOP ends all texts.";

    public static string PartnerInviteSent(string lastDigits) =>
        $"Invite sent to the number ending {lastDigits}. I will tell you when they answer.";

    public static string PartnerState(string lastDigits, bool accepted) => accepted
        ? $"Your partner is the number ending {lastDigits}. They get a text when you log a slip."
        : $"Your invite to the number ending {lastDigits} is waiting for a YES.";

    public static string PartnerAccepted(string name) =>
        $"Thank you. You will get a short text when {name} logs a slip. Text STOP at any time to stop.";

    public static string PartnerAcceptedForUser(string lastDigits) =>
        $"Good news: the number ending {lastDigits} agreed to be your partner.";

    public static string PartnerDeclinedForUser(string lastDigits) =>
        $"The number ending {lastDigits} said no to being your partner. You can invite someone else.";

    public static string PartnerLeft(string lastDigits) =>
        $"The number ending {lastDigits} stopped all texts from NoContact, so it is no longer your partner.";

    public static string PartnerSlipAlert(string name) =>
        $"{name} logged a slip and could use a kind word. A short, warm text helps more than advice.";

    private static string Count(int n, string noun) => n == 1 ? $"one {noun}" : $"{n} {noun}s";
}
