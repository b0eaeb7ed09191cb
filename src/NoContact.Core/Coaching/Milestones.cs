using NodaTime;

namespace NoContact.Core.Coaching;

/// <summary>A milestone reached on one local day: days since the last slip, since starting, or both.</summary>
public sealed record Milestone(int? SinceLastSlip, int? SinceStart)
{
    /// <summary>Counts on which the partner hears about it too, if the user allowed it.</summary>
    public static readonly int[] PartnerDays = [30, 90, 365];

    public bool TellsPartner => SinceLastSlip is { } days && PartnerDays.Contains(days);
}

/// <summary>Whole local days worth marking, counted in the person's own calendar.</summary>
public static class Milestones
{
    public static readonly int[] Days = [3, 7, 14, 30, 60, 90, 180, 365];

    /// <summary>The local time of day milestone messages go out.</summary>
    public static readonly LocalTime Morning = new(9, 0);

    /// <summary>
    /// The milestone on <paramref name="date"/>, if any. Before any slip the run since the last
    /// slip is the run since the start.
    /// </summary>
    public static Milestone? On(LocalDate date, LocalDate start, LocalDate? lastSlip)
    {
        var sinceStart = Period.DaysBetween(start, date);
        int? sinceSlip = Period.DaysBetween(lastSlip ?? start, date);
        var slipHit = sinceSlip is { } s && Days.Contains(s) ? sinceSlip : null;
        int? startHit = Days.Contains(sinceStart) ? sinceStart : null;
        return slipHit is null && startHit is null ? null : new Milestone(slipHit, startHit);
    }

    /// <summary>The first milestone day on or after <paramref name="from"/>, if one is left.</summary>
    public static LocalDate? NextOnOrAfter(LocalDate from, LocalDate start, LocalDate? lastSlip)
    {
        var fromStart = Days.Select(start.PlusDays);
        var fromSlip = lastSlip is { } slip ? Days.Select(slip.PlusDays) : [];
        var next = fromStart.Concat(fromSlip).Where(d => d >= from).ToList();
        return next.Count == 0 ? null : next.Min();
    }
}
