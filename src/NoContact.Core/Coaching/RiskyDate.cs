using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace NoContact.Core.Coaching;

/// <summary>A day of the year that is hard to get through, such as an anniversary, with the person's label.</summary>
public sealed partial record RiskyDate(int Month, int Day, string Label)
{
    public const int MaxLabelLength = 20;

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    /// <summary>Month and day as four digits, "0214": what DATE REMOVE and stored rows refer to.</summary>
    public string Key => $"{Month:D2}{Day:D2}";

    public string DayText => $"{Day} {MonthNames[Month - 1]}";

    public string Text => $"{DayText} {Label}";

    /// <summary>
    /// The date it is marked on in <paramref name="year"/>. 29 February is marked on 28 February
    /// in a year without one: the last day of that month, the day people who share it celebrate.
    /// </summary>
    public LocalDate In(int year) =>
        Month == 2 && Day == 29 && !CalendarSystem.Iso.IsLeapYear(year) ? new LocalDate(year, 2, 28)
            : new LocalDate(year, Month, Day);

    /// <summary>The first date it is marked on, on or after <paramref name="from"/>.</summary>
    public LocalDate NextOnOrAfter(LocalDate from)
    {
        var thisYear = In(from.Year);
        return thisYear >= from ? thisYear : In(from.Year + 1);
    }

    /// <summary>
    /// Reads "14 FEB anniversary", "Feb 14 anniversary", "3/7 birthday" (month first when
    /// <paramref name="monthFirst"/>, as in the US). Null when no date is there.
    /// </summary>
    public static RiskyDate? Parse(string text, bool monthFirst)
    {
        var words = text.Trim();
        var match = Named().Match(words) is { Success: true } named ? named : Numeric().Match(words);
        if (!match.Success)
        {
            return null;
        }

        var (month, day) = match.Groups["month"].Success
            ? (MonthOf(match.Groups["month"].Value), int.Parse(match.Groups["day"].Value))
            : Numbers(match, monthFirst);
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2024, month))
        {
            return null;
        }

        var label = CleanLabel(match.Groups["label"].Value);
        return label is null ? null : new RiskyDate(month, day, label);
    }

    private static (int Month, int Day) Numbers(Match match, bool monthFirst)
    {
        var first = int.Parse(match.Groups["a"].Value);
        var second = int.Parse(match.Groups["b"].Value);
        return monthFirst ? (first, second) : (second, first);
    }

    private static int MonthOf(string name) =>
        Array.FindIndex(MonthNames, m => m.Length > 0 && name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private static string? CleanLabel(string text)
    {
        var label = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (label.Length == 0)
        {
            return "hard day";
        }

        return label.Length <= MaxLabelLength && label.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '\'')
            ? label
            : null;
    }

    [GeneratedRegex(@"^(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<month>[a-z]{3,9})"
        + @"|(?<month>[a-z]{3,9})\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?)\b\s*(?<label>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"^(?<a>[0-9]{1,2})[/.\-](?<b>[0-9]{1,2})\b\s*(?<label>.*)$")]
    private static partial Regex Numeric();
}
