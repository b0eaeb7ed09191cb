using Azure;
using Azure.Data.Tables;

namespace NoContact.Functions.Storage;

/// <summary>Common keys of every row.</summary>
public abstract class Row : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}

/// <summary>A phone number we know: a user, a partner, or someone who only said STOP.</summary>
public sealed partial class ContactRow : Row
{
    public const string Key = "contact";

    /// <summary>Random id for logs, so no log line needs the number.</summary>
    public string UserId { get; set; } = "";
    public bool Enrolled { get; set; }
    public DateTimeOffset? EnrolledAt { get; set; }
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public bool CheckInsOn { get; set; }
    public string? CheckInDays { get; set; }
    public string? CheckInTime { get; set; }
    public string? PartnerPhone { get; set; }
    public bool OptedOut { get; set; }

    /// <summary>No check-ins or follow-ups before this.</summary>
    public DateTimeOffset? PausedUntil { get; set; }

    /// <summary>The slip whose trigger we asked about, and until when an answer counts.</summary>
    public string? TriggerQuestionSlip { get; set; }
    public DateTimeOffset? TriggerQuestionUntil { get; set; }

    /// <summary>When the person texted DELETE; DELETE YES must follow within minutes.</summary>
    public DateTimeOffset? DeleteRequestedAt { get; set; }

    public string Phone => PartitionKey;

    /// <summary>False for a number we have only just met and not written down.</summary>
    public bool IsStored => Timestamp is not null;
}

public static class PartnerStatus
{
    public const string Invited = "invited";
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    /// <summary>The partner left (LEAVE or STOP); kept so the same user cannot invite them again.</summary>
    public const string Left = "left";

    /// <summary>The user took back an unanswered invite; kept so the number is not invited again soon.</summary>
    public const string Withdrawn = "withdrawn";

    public static bool IsLive(string status) => status is Invited or Accepted;
}

/// <summary>A user's invite to a partner; partition = partner's number, row = user's number.</summary>
public sealed class PartnerRow : Row
{
    public string Status { get; set; } = PartnerStatus.Invited;
    public string UserName { get; set; } = "";
    public DateTimeOffset InvitedAt { get; set; }

    public string PartnerPhone => PartitionKey;
    public string UserPhone => RowKey;
}

/// <summary>A slip; partition = user's number, row = the MessageSid that logged it.</summary>
public sealed class SlipRow : Row
{
    public DateTimeOffset At { get; set; }

    /// <summary>The user's own words, private to them.</summary>
    public string? Note { get; set; }

    /// <summary>A <see cref="NoContact.Core.Trigger"/> name, once known.</summary>
    public string? Trigger { get; set; }
}
