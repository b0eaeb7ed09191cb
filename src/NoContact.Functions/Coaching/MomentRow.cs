using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>An urge or a win; partition = user's number, row = kind and the MessageSid that logged it.</summary>
public sealed class MomentRow : Row
{
    public const string Urge = "urge";
    public const string Win = "win";

    public string Kind { get; set; } = "";
    public DateTimeOffset At { get; set; }

    /// <summary>The user's own words about a win, private to them.</summary>
    public string? Note { get; set; }

    public static string KeyFor(string kind, string messageSid) => $"{kind}-{messageSid}";

    /// <summary>The first row key after every key of this kind.</summary>
    public static string KeyAfterAll(string kind) => $"{kind}-~";
}
