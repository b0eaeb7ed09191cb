using NodaTime;

namespace NoContact.Core;

/// <summary>A logged slip as the patterns see it: when, and what led to it if the person said.</summary>
public sealed record SlipFact(Instant At, Trigger? Trigger);

/// <summary>What a person's slips have in common.</summary>
public static class SlipPatterns
{
    /// <summary>The trigger given most often; a tie goes to the one seen most recently.</summary>
    public static Trigger? MostCommonTrigger(IEnumerable<SlipFact> slips) => slips
        .Where(s => s.Trigger is not null and not NoContact.Core.Trigger.Other)
        .GroupBy(s => s.Trigger!.Value)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Max(s => s.At))
        .Select(g => (Trigger?)g.Key)
        .FirstOrDefault();

    /// <summary>The part of the week most slips fall in, such as "Friday night"; null without slips.</summary>
    public static string? MostCommonTimeOfWeek(IEnumerable<SlipFact> slips, DateTimeZone zone) => slips
        .Select(s => TimeOfWeek(s.At.InZone(zone).LocalDateTime))
        .GroupBy(label => label)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();

    /// <summary>"Friday night" runs from 21:00 Friday to 04:00 Saturday, as people say it.</summary>
    public static string TimeOfWeek(LocalDateTime local)
    {
        var hour = local.Hour;
        var day = hour < 4 ? local.Date.PlusDays(-1).DayOfWeek : local.DayOfWeek;
        var part = hour switch
        {
            < 4 or >= 21 => "night",
            < 12 => "morning",
            < 17 => "afternoon",
            _ => "evening",
        };
        return $"{day} {part}";
    }
}
