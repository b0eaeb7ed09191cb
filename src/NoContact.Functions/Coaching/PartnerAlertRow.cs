using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>
/// Alerts lately sent to a partner about one user, and those held back over the limit.
/// Partition = partner's number, row = user's number.
/// </summary>
public sealed class PartnerAlertRow : Row
{
    public string UserId { get; set; } = "";

    /// <summary>When each recent alert was due to go out, as UTC ticks separated by commas.</summary>
    public string Sent { get; set; } = "";
    public int HeldSlips { get; set; }
    public int HeldUrges { get; set; }

    /// <summary>When the held alerts go out merged into one.</summary>
    public DateTimeOffset? DigestAt { get; set; }

    public IEnumerable<DateTimeOffset> SentTimes() => Sent.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(ticks => new DateTimeOffset(long.Parse(ticks), TimeSpan.Zero));

    /// <summary>Records one more alert and forgets those older than a day and a bit.</summary>
    public void Record(DateTimeOffset at)
    {
        var keep = SentTimes().Where(t => t > at - TimeSpan.FromHours(26)).Append(at);
        Sent = string.Join(',', keep.Select(t => t.UtcTicks));
    }
}
