using System.Text.RegularExpressions;
using NodaTime;

namespace NoContact.Core.Coaching;

/// <summary>Hours of the night a partner does not want alerts, such as 23:00 to 07:00.</summary>
public sealed partial record QuietHours(LocalTime From, LocalTime Until)
{
    /// <summary>Reads "23-7", "23:00-07:00" or "22.30 - 6".</summary>
    public static QuietHours? Parse(string text)
    {
        var match = Range().Match(text.Trim());
        if (!match.Success || Time(match.Groups["from"].Value) is not { } from
            || Time(match.Groups["until"].Value) is not { } until || from == until)
        {
            return null;
        }

        return new QuietHours(from, until);
    }

    public bool Contains(LocalTime time) => From < Until
        ? time >= From && time < Until
        : time >= From || time < Until;

    /// <summary>When the quiet hours around <paramref name="at"/> end; <paramref name="at"/> if not in them.</summary>
    public Instant EndAfter(Instant at, DateTimeZone zone)
    {
        var local = at.InZone(zone).LocalDateTime;
        if (!Contains(local.TimeOfDay))
        {
            return at;
        }

        var date = local.TimeOfDay >= Until ? local.Date.PlusDays(1) : local.Date;
        return zone.AtLeniently(date + Until).ToInstant();
    }

    public string Text => $"{From:HH:mm}-{Until:HH:mm}";

    private static LocalTime? Time(string text)
    {
        var parts = text.Split(':', '.');
        var hour = int.Parse(parts[0]);
        var minute = parts.Length > 1 ? int.Parse(parts[1]) : 0;
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new LocalTime(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<from>[0-9]{1,2}([:.][0-9]{2})?)\s*(-|to)\s*(?<until>[0-9]{1,2}([:.][0-9]{2})?)$")]
    private static partial Regex Range();
}
