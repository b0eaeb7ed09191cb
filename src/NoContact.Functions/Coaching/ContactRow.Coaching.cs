namespace NoContact.Functions.Storage;

/// <summary>What the coaching over days and weeks keeps about a user.</summary>
public sealed partial class ContactRow
{
    /// <summary>Urges logged so far; picks the next kind of help, so two in a row differ.</summary>
    public int UrgeCount { get; set; }

    /// <summary>The user's own reasons for no contact, one per line; private to them.</summary>
    public string? Reasons { get; set; }

    /// <summary>The partner also hears of urges, and of milestones, only if the user said so.</summary>
    public bool AlertUrges { get; set; }
    public bool AlertMilestones { get; set; }

    /// <summary>A partner's quiet hours, such as "23:00-07:00"; alerts wait until they end.</summary>
    public string? QuietHours { get; set; }

    /// <summary>Risky dates, "0214 anniversary;0703 birthday".</summary>
    public string? RiskyDates { get; set; }

    /// <summary>The slip whose 48-hour plan is current; follow-ups of older slips are dropped.</summary>
    public string? FollowUpSlip { get; set; }

    /// <summary>Patterns already told ("time", "trigger"), so each is told once.</summary>
    public string? PatternsTold { get; set; }

    /// <summary>A check-in offered for a pattern, waiting for YES, and until when.</summary>
    public string? PatternOfferDays { get; set; }
    public string? PatternOfferTime { get; set; }
    public DateTimeOffset? PatternOfferUntil { get; set; }

    /// <summary>The extra weekly check-in the user said YES to.</summary>
    public string? PatternCheckInDays { get; set; }
    public string? PatternCheckInTime { get; set; }

    /// <summary>When the "more support can help" message last went out; at most once a month.</summary>
    public DateTimeOffset? SupportSentAt { get; set; }
}
