using System.Globalization;
using NodaTime;

namespace NoContact.Core;

/// <summary>What a person asked for with CHECKIN: show, on, off, or new days and a time.</summary>
public abstract record CheckInRequest
{
    private CheckInRequest()
    {
    }

    public sealed record Show : CheckInRequest;

    public sealed record TurnOn : CheckInRequest;

    public sealed record TurnOff : CheckInRequest;

    /// <summary>New days, a new time, or both; null keeps the current one.</summary>
    public sealed record Change(IReadOnlySet<IsoDayOfWeek>? Days, LocalTime? Time) : CheckInRequest;

    public sealed record Invalid : CheckInRequest;

    private static readonly string[] TimeFormats =
        ["H:mm", "H.mm", "Hmm", "htt", "h:mmtt", "h.mmtt", "%H"];

    /// <summary>Reads "", "OFF", "ON", "FRI SAT 22:30", "weekends 11pm", "daily 21:00".</summary>
    public static CheckInRequest Parse(string argument)
    {
        var text = argument.Trim().ToLowerInvariant();
        switch (text)
        {
            case "":
                return new Show();
            case "on" or "resume":
                return new TurnOn();
            case "off" or "stop" or "none":
                return new TurnOff();
        }

        var days = new HashSet<IsoDayOfWeek>();
        LocalTime? time = null;
        var tokens = JoinAmPm(text.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var token in tokens)
        {
            if (DaysOf(token) is { } named)
            {
                days.UnionWith(named);
            }
            else if (time is null && TimeOf(token) is { } parsed)
            {
                time = parsed;
            }
            else if (token is not ("at" or "and" or "on" or "nights" or "night"))
            {
                return new Invalid();
            }
        }

        return days.Count == 0 && time is null ? new Invalid() : new Change(days.Count == 0 ? null : days, time);
    }

    private static IEnumerable<string> JoinAmPm(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
            if (next is "am" or "pm" or "a.m." or "p.m.")
            {
                yield return tokens[i] + next.Replace(".", "");
                i++;
            }
            else
            {
                yield return tokens[i];
            }
        }
    }

    private static IsoDayOfWeek[]? DaysOf(string token) => token switch
    {
        "daily" or "everyday" or "every" or "day" or "all" => Enum.GetValues<IsoDayOfWeek>()[1..],
        "weekend" or "weekends" => [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
        "weeknights" or "weekdays" => [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday,
            IsoDayOfWeek.Thursday],
        _ when token.Length >= 2 && Enum.GetValues<IsoDayOfWeek>()[1..]
            .FirstOrDefault(d => d.ToString().StartsWith(token.TrimEnd('s'), StringComparison.OrdinalIgnoreCase))
            is var day and not IsoDayOfWeek.None => [day],
        _ => null,
    };

    private static LocalTime? TimeOf(string token)
    {
        var normalised = token.Replace("a.m.", "am").Replace("p.m.", "pm").ToUpperInvariant();
        return DateTime.TryParseExact(normalised, TimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var parsed)
            ? new LocalTime(parsed.Hour, parsed.Minute)
            : null;
    }
}
