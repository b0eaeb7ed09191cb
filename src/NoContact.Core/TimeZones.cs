using NodaTime;
using NodaTime.TimeZones;

namespace NoContact.Core;

/// <summary>
/// Finds a time zone from what a person types: an IANA name in any case ("europe/berlin"), a
/// city ("London", "new york"), or a US abbreviation ("ET", "PT").
/// </summary>
public static class TimeZones
{
    // US abbreviations and large cities that have no zone of their own name.
    private static readonly (string Name, string Id)[] Extra =
    [
        ("ET", "America/New_York"), ("EST", "America/New_York"), ("EDT", "America/New_York"),
        ("Eastern", "America/New_York"),
        ("CT", "America/Chicago"), ("CST", "America/Chicago"), ("CDT", "America/Chicago"),
        ("Central", "America/Chicago"),
        ("MT", "America/Denver"), ("MST", "America/Denver"), ("MDT", "America/Denver"),
        ("Mountain", "America/Denver"), ("Arizona", "America/Phoenix"),
        ("PT", "America/Los_Angeles"), ("PST", "America/Los_Angeles"), ("PDT", "America/Los_Angeles"),
        ("Pacific", "America/Los_Angeles"),
        ("AKT", "America/Anchorage"), ("Alaska", "America/Anchorage"),
        ("HT", "Pacific/Honolulu"), ("HST", "Pacific/Honolulu"), ("Hawaii", "Pacific/Honolulu"),
        ("UK", "Europe/London"), ("GMT", "Europe/London"), ("BST", "Europe/London"),
        ("San Francisco", "America/Los_Angeles"), ("Seattle", "America/Los_Angeles"),
        ("San Diego", "America/Los_Angeles"), ("Las Vegas", "America/Los_Angeles"),
        ("Portland", "America/Los_Angeles"),
        ("Boston", "America/New_York"), ("Washington", "America/New_York"), ("DC", "America/New_York"),
        ("Philadelphia", "America/New_York"), ("Miami", "America/New_York"), ("Atlanta", "America/New_York"),
        ("NYC", "America/New_York"),
        ("New York City", "America/New_York"), ("Dallas", "America/Chicago"), ("Houston", "America/Chicago"),
        ("Austin", "America/Chicago"), ("Minneapolis", "America/Chicago"), ("Salt Lake City", "America/Denver"),
        ("Montreal", "America/Toronto"), ("Ottawa", "America/Toronto"),
        ("Mumbai", "Asia/Kolkata"), ("Delhi", "Asia/Kolkata"), ("New Delhi", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"), ("Beijing", "Asia/Shanghai"), ("Manchester", "Europe/London"),
        ("Edinburgh", "Europe/London"), ("Munich", "Europe/Berlin"), ("Hamburg", "Europe/Berlin"),
        ("Barcelona", "Europe/Madrid"), ("Milan", "Europe/Rome"), ("Geneva", "Europe/Zurich"),
        ("Melbourne", "Australia/Melbourne"), ("Cape Town", "Africa/Johannesburg"),
    ];

    // Built after Extra: static fields are set in the order they are written.
    private static readonly Dictionary<string, string> ByName = BuildIndex();

    public static DateTimeZone? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Normalise(text);
        return ByName.TryGetValue(key, out var id) ? DateTimeZoneProviders.Tzdb[id] : null;
    }

    public static DateTimeZone FindOr(string? id, DateTimeZone fallback) => Find(id) ?? fallback;

    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', '!').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            index[Normalise(id)] = id;
        }

        // A city is the last part of a canonical id ("America/New_York"): add those that are not taken.
        foreach (var id in TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct().Order())
        {
            var city = Normalise(id[(id.LastIndexOf('/') + 1)..]);
            if (id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
            {
                index.TryAdd(city, id);
            }
        }

        foreach (var (name, id) in Extra)
        {
            index[Normalise(name)] = id;
        }

        return index;
    }
}
