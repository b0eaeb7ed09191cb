using NoContact.Functions.Storage;

namespace NoContact.Functions.Outbox;

public static class OutboxState
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}

/// <summary>Why a message is sent, for logs and for the phone page.</summary>
public static class OutboxKind
{
    public const string PartnerInvite = "partner-invite";
    public const string PartnerAlert = "partner-alert";
    public const string PartnerNews = "partner-news";
    public const string PartnerMilestone = "partner-milestone";
    public const string CheckIn = "check-in";
    public const string FollowUp = "follow-up";
    public const string Coaching = "coaching";
}

/// <summary>
/// One outgoing SMS. Partition = its state; row = a deterministic id, so queueing the same
/// message twice stores it once.
/// </summary>
public sealed class OutboxRow : Row
{
    public string To { get; set; } = "";

    /// <summary>Cleared once sent: what we said is not kept longer than needed.</summary>
    public string? Body { get; set; }
    public string Kind { get; set; } = "";
    public string UserId { get; set; } = "";

    /// <summary>Not sent before this; also the lease while a dispatcher is sending it.</summary>
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? TwilioSid { get; set; }
    public string? Error { get; set; }

    public string Id => RowKey;
}

/// <summary>A message to queue.</summary>
public sealed record OutgoingSms(
    string Id, string To, string Body, string Kind, string UserId, DateTimeOffset NotBefore);
