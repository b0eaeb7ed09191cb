namespace NoContact.LocalHost.Dev;

/// <summary>How an SMS travelled.</summary>
public static class Via
{
    /// <summary>A phone's text, delivered to the app's webhook.</summary>
    public const string Webhook = "webhook";

    /// <summary>The app's answer inside the webhook's response.</summary>
    public const string TwiML = "twiml";

    /// <summary>Sent by the app through the Messages API.</summary>
    public const string Api = "api";
}

/// <summary>One SMS as the phones see it. <see cref="Direction"/> is "in" (to the app) or "out".</summary>
public sealed record SmsRecord(
    long Id, DateTimeOffset Time, string Direction, string Via, string From, string To, string Body, string Sid);

/// <summary>
/// Every SMS into and out of the app while the host runs, in order. It is demo data for the phone
/// page and tests, kept in memory only; it is never written to the log.
/// </summary>
public sealed class MessageLog(TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly List<SmsRecord> records = [];

    public SmsRecord Add(string direction, string via, string from, string to, string body, string sid)
    {
        lock (gate)
        {
            var record = new SmsRecord(records.Count + 1, clock.GetUtcNow(), direction, via, from, to, body, sid);
            records.Add(record);
            return record;
        }
    }

    /// <summary>Records after the one with id <paramref name="afterId"/> (0 = all).</summary>
    public IReadOnlyList<SmsRecord> Since(long afterId)
    {
        lock (gate)
        {
            return records.Skip((int)Math.Clamp(afterId, 0, records.Count)).ToArray();
        }
    }
}
