using NodaTime;

namespace NoContact.Core;

/// <summary>
/// Where a person stands, counted in their own calendar: a slip restarts the run since the
/// last slip, never the days since they started.
/// </summary>
/// <param name="Day">Day number since starting, the first day being day 1.</param>
/// <param name="DaysSinceLastSlip">Whole local days since the last slip, or since starting.</param>
/// <param name="Slips">Slips logged in total.</param>
public sealed record Standing(int Day, int DaysSinceLastSlip, int Slips)
{
    public static Standing Compute(
        Instant startedAt, IReadOnlyCollection<Instant> slips, Instant now, DateTimeZone zone)
    {
        var today = now.InZone(zone).Date;
        var startDate = startedAt.InZone(zone).Date;
        var lastSlipDate = slips.Count == 0 ? startDate : slips.Max().InZone(zone).Date;

        return new Standing(
            Day: Math.Max(1, DaysBetween(startDate, today) + 1),
            DaysSinceLastSlip: Math.Max(0, DaysBetween(lastSlipDate, today)),
            Slips: slips.Count);
    }

    private static int DaysBetween(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
