using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace NoContact.LocalHost.Dev;

/// <summary>
/// A move of the demo clock: <c>{"advance":"PT1H"}</c>, <c>{"to":"2026-12-04T23:00:00-05:00"}</c>,
/// or <c>{"next":"Fri 23:00"}</c> for the next such local time in the app's default time zone.
/// </summary>
public sealed record ClockRequest(string? Advance, DateTimeOffset? To, string? Next)
{
    public DateTimeOffset Target(DateTimeOffset now, DateTimeZone zone)
    {
        if (To is { } to)
        {
            return to;
        }

        if (!string.IsNullOrWhiteSpace(Advance))
        {
            return now + XmlConvert.ToTimeSpan(Advance);
        }

        if (!string.IsNullOrWhiteSpace(Next))
        {
            return NextLocal(Next, now, zone);
        }

        throw new FormatException("Give one of advance (ISO 8601 duration), to (instant) or next (\"Fri 23:00\").");
    }

    /// <summary>The first moment after <paramref name="now"/> that reads "day hh:mm" in the zone.</summary>
    public static DateTimeOffset NextLocal(string dayAndTime, DateTimeOffset now, DateTimeZone zone)
    {
        var parts = dayAndTime.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var day = parts.Length == 2 ? ParseDay(parts[0]) : throw new FormatException("Expected \"Fri 23:00\".");
        var time = LocalTimePattern.CreateWithInvariantCulture("H:mm").Parse(parts[1]).GetValueOrThrow();

        var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
        var date = local.Date;
        while (date.DayOfWeek != day || date.At(time) <= local)
        {
            date = date.PlusDays(1);
        }

        return date.At(time).InZoneLeniently(zone).ToDateTimeOffset();
    }

    // "Fri", "friday" or "FR": any start of an English day name, at least two letters.
    private static IsoDayOfWeek ParseDay(string text)
    {
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            if (text.Length >= 2 && day.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        throw new FormatException($"'{text}' is not a day of the week.");
    }
}
