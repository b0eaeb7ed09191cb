using NodaTime;

namespace NoContact.Core.Coaching;

/// <summary>
/// When the three follow-ups after a slip go out: three hours after it, then at the same local
/// time on each of the next two days. None lands in the night: one that would moves to the morning.
/// </summary>
public static class FollowUpPlan
{
    public const int Steps = 3;

    public static readonly Duration FirstDelay = Duration.FromHours(3);
    public static readonly LocalTime NightStarts = new(23, 30);
    public static readonly LocalTime MorningStarts = new(8, 0);

    /// <summary>The time of each step, first to last, as instants.</summary>
    public static IReadOnlyList<Instant> TimesAfter(Instant slip, DateTimeZone zone)
    {
        var local = slip.InZone(zone).LocalDateTime;
        return
        [
            OutOfNight(slip + FirstDelay, zone),
            OutOfNight(zone.AtLeniently(local.PlusDays(1)).ToInstant(), zone),
            OutOfNight(zone.AtLeniently(local.PlusDays(2)).ToInstant(), zone),
        ];
    }

    /// <summary>The instant itself, or 08:00 local when it falls between 23:30 and 08:00.</summary>
    public static Instant OutOfNight(Instant at, DateTimeZone zone)
    {
        var local = at.InZone(zone).LocalDateTime;
        if (local.TimeOfDay >= NightStarts)
        {
            return zone.AtLeniently(local.Date.PlusDays(1) + MorningStarts).ToInstant();
        }

        return local.TimeOfDay < MorningStarts ? zone.AtLeniently(local.Date + MorningStarts).ToInstant() : at;
    }
}
