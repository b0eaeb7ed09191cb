using NoContact.Functions.Storage;

namespace NoContact.Functions.CheckIns;

/// <summary>
/// A user's next check-in. All rows share one partition and the row key starts with the due
/// time, so one range query returns exactly the rows that are due.
/// </summary>
public sealed class CheckInRow : Row
{
    public const string Due = "due";

    public string Phone { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset Occurrence { get; set; }

    /// <summary>When a run took this row to queue its message.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    public static string KeyFor(DateTimeOffset occurrence, string userId) =>
        $"{occurrence.UtcTicks:D19}-{userId}";

    /// <summary>The first row key after every row due at or before <paramref name="now"/>.</summary>
    public static string KeyAfter(DateTimeOffset now) => $"{now.UtcTicks:D19}~";
}
