using NodaTime;

namespace NoContact.Core;

/// <summary>Looks up IANA time zones by name.</summary>
public static class TimeZones
{
    public static DateTimeZone? Find(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());

    public static DateTimeZone FindOr(string? id, DateTimeZone fallback) => Find(id) ?? fallback;
}
