namespace NoContact.Bench;

/// <summary>Collects the benchmark's lines: medians and tails, never a single timing.</summary>
public sealed class Report
{
    private readonly List<string> lines = [];

    public void Line(string text) => lines.Add(text);

    public void Latency(string what, List<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        Line($"{what}: median {Ms(sorted.Median())}, p95 {Ms(sorted[(int)(sorted.Count * 0.95)])}, "
            + $"max {Ms(sorted[^1])}");
    }

    public void Print() => lines.ForEach(Console.WriteLine);

    public static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:0.0} ms";
}

public static class TimeSpanStatistics
{
    public static TimeSpan Median(this IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
