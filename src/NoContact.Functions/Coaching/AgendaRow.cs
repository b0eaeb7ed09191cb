using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>What an agenda row is for.</summary>
public static class AgendaKind
{
    public const string FollowUp = "follow-up";
    public const string Milestone = "milestone";
    public const string RiskyDate = "risky-date";
    public const string PatternCheckIn = "pattern-check-in";
    public const string PartnerDigest = "partner-digest";
}

/// <summary>
/// Something to send later. Like check-ins, all rows share one partition and the row key starts
/// with the due time, so a run reads only what is due. Each row is checked against the user's
/// current state when it falls due: one that no longer fits is dropped then.
/// </summary>
public sealed class AgendaRow : Row
{
    public const string Due = "due";

    /// <summary>Who the message goes to: the user, or for a digest the partner.</summary>
    public string Phone { get; set; } = "";

    /// <summary>The user it is about.</summary>
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset Occurrence { get; set; }

    /// <summary>What it belongs to: a slip's MessageSid, a date's key, a user's number.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Which step of several, such as the second follow-up.</summary>
    public int Step { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }

    public static AgendaRow For(
        string phone, string userId, string kind, DateTimeOffset occurrence, string subject = "", int step = 0) => new()
    {
        PartitionKey = Due,
        RowKey = $"{occurrence.UtcTicks:D19}-{userId}-{kind}-{step}-{subject}",
        Phone = phone,
        UserId = userId,
        Kind = kind,
        Occurrence = occurrence,
        Subject = subject,
        Step = step,
    };

    public static string KeyAfter(DateTimeOffset now) => $"{now.UtcTicks:D19}~";
}
