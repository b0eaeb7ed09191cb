using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NoContact.Core;

/// <summary>Local days of the week and a local time at which a person gets a check-in.</summary>
public sealed record CheckInSchedule(IReadOnlySet<IsoDayOfWeek> Days, LocalTime Time)
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in the given zone.</summary>
    /// <remarks>
    /// Each chosen local date yields exactly one instant: a time skipped by a daylight-saving jump
    /// moves forward, a repeated one takes its first occurrence.
    /// </remarks>
    public Instant? NextAfter(Instant after, DateTimeZone zone)
    {
        if (Days.Count == 0)
        {
            return null;
        }

        var date = after.InZone(zone).Date;
        for (var i = 0; i <= 8; i++, date = date.PlusDays(1))
        {
            if (!Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var candidate = zone.AtLeniently(date + Time).ToInstant();
            if (candidate > after)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="instant"/> is one of this schedule's occurrences.</summary>
    public bool Includes(Instant instant, DateTimeZone zone) =>
        NextAfter(instant - Duration.FromTicks(1), zone) == instant;

    /// <summary>Parses days such as "Fri,Sat,Sun" and a time such as "23:00".</summary>
    public static CheckInSchedule Parse(string days, string time)
    {
        var parsedTime = TimePattern.Parse(time.Trim());
        if (!parsedTime.Success)
        {
            throw new FormatException($"'{time}' is not a time of day like 23:00.");
        }

        var parsedDays = new HashSet<IsoDayOfWeek>();
        foreach (var day in days.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            parsedDays.Add(ParseDay(day));
        }

        return new CheckInSchedule(parsedDays, parsedTime.Value);
    }

    public string DaysText => string.Join(",", Days.Order().Select(d => DayName(d)));

    public string TimeText => TimePattern.Format(Time);

    private static IsoDayOfWeek ParseDay(string text)
    {
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            if (day.ToString().StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase) && text.Trim().Length >= 2)
            {
                return day;
            }
        }

        throw new FormatException($"'{text}' is not a day of the week.");
    }

    private static string DayName(IsoDayOfWeek day) =>
        CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames[(int)day % 7];
}
