namespace NoContact.Core.Coaching;

/// <summary>A person's risky dates as stored on their row: "0214 anniversary;0703 birthday".</summary>
public static class RiskyDates
{
    public const int Max = 8;

    public static IReadOnlyList<RiskyDate> Read(string? stored) =>
        (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(item => item.Length > 5)
            .Select(item => new RiskyDate(int.Parse(item[..2]), int.Parse(item[2..4]), item[5..]))
            .ToList();

    public static string? Write(IEnumerable<RiskyDate> dates)
    {
        var text = string.Join(';', dates.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Label}"));
        return text.Length == 0 ? null : text;
    }
}
