using NodaTime;

namespace NoContact.Core.Coaching;

/// <summary>A part of the week most slips fall in, and the check-in that would come just before them.</summary>
public sealed record TimePattern(string Label, IReadOnlySet<IsoDayOfWeek> CheckInDays, LocalTime CheckInTime);

/// <summary>What several slips have in common, once there are enough of them to say.</summary>
public static class PatternFinder
{
    public const int MinSlips = 3;

    public static readonly Duration ClusterWindow = Duration.FromDays(7);

    /// <summary>
    /// The part of the week (a night such as "Friday night", or Friday and Saturday nights together)
    /// holding at least three slips and at least half of all of them.
    /// </summary>
    public static TimePattern? TimeOfWeek(IReadOnlyCollection<SlipFact> slips, DateTimeZone zone)
    {
        var locals = slips.Select(s => s.At.InZone(zone).LocalDateTime).ToList();
        var groups = locals.GroupBy(SlipPatterns.TimeOfWeek)
            .Select(g => (Label: g.Key, Times: g.ToList()))
            .Append((Label: "Friday and Saturday nights", Times: locals.Where(IsWeekendNight).ToList()))
            .Where(g => g.Times.Count >= MinSlips && g.Times.Count * 2 >= locals.Count)
            .OrderBy(g => g.Label.Contains(" and ", StringComparison.Ordinal) ? 1 : 0)
            .ThenByDescending(g => g.Times.Count)
            .ToList();
        return groups.Count == 0 ? null : PatternOf(groups[0].Label, groups[0].Times);
    }

    /// <summary>A trigger given for at least three slips and at least half of those with one.</summary>
    public static Trigger? RepeatedTrigger(IReadOnlyCollection<SlipFact> slips)
    {
        var known = slips.Where(s => s.Trigger is not null and not Trigger.Other).ToList();
        var top = SlipPatterns.MostCommonTrigger(known);
        var count = known.Count(s => s.Trigger == top);
        return top is not null && count >= MinSlips && count * 2 >= known.Count ? top : null;
    }

    /// <summary>At least three slips in the seven days up to <paramref name="now"/>.</summary>
    public static bool IsCluster(IEnumerable<SlipFact> slips, Instant now) =>
        slips.Count(s => s.At <= now && now - s.At <= ClusterWindow) >= MinSlips;

    private static bool IsWeekendNight(LocalDateTime local) =>
        SlipPatterns.TimeOfWeek(local) is "Friday night" or "Saturday night";

    // The check-in comes half an hour before the earliest of those slips, on the evening they start.
    private static TimePattern PatternOf(string label, List<LocalDateTime> times)
    {
        var nightOf = times.Select(t => t.Hour < 4 ? t.Date.PlusDays(-1) : t.Date).ToList();
        var minutes = times.Zip(nightOf, (t, night) => (int)Period.Between(night.AtMidnight(), t,
            PeriodUnits.Minutes).Minutes).Min();
        var checkIn = minutes / 30 * 30 - 30;
        var days = nightOf.Select(d => d.PlusDays(checkIn / 1440).DayOfWeek).ToHashSet();
        return new TimePattern(label, days, LocalTime.Midnight.PlusMinutes(checkIn % 1440));
    }
}
