using System.ComponentModel.DataAnnotations;
using NoContact.Core;
using NodaTime;

namespace NoContact.Functions.Hosting;

/// <summary>The service's own settings, section <c>NoContact</c>.</summary>
public sealed class NoContactOptions : IValidatableObject
{
    public const string Section = "NoContact";

    /// <summary>Put before every table name, so tests and several apps can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,29}$|^$")]
    public string TablePrefix { get; set; } = "";

    /// <summary>IANA zone a new user starts in until they choose their own.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "America/New_York";

    /// <summary>Region used to read phone numbers typed without a country code.</summary>
    [Required, RegularExpression("^[A-Z]{2}$")]
    public string DefaultRegion { get; set; } = "US";

    /// <summary>Days a new user gets an evening check-in.</summary>
    [Required]
    public string CheckInDays { get; set; } = "Fri,Sat,Sun";

    /// <summary>Local time of the check-in.</summary>
    [Required]
    public string CheckInTime { get; set; } = "23:00";

    /// <summary>Crisis contacts sent to anyone whose text suggests they may hurt themselves.</summary>
    [Required]
    public string CrisisSupport { get; set; } =
        "If you are thinking about hurting yourself, call or text 988 (Suicide and Crisis Lifeline, US).";

    /// <summary>Where to find more support, sent after several slips in a week (at most once a month).</summary>
    [Required]
    public string SupportResources { get; set; } =
        "A counsellor or a breakup support group can help; call 211 (US) to find one near you.";

    /// <summary>The default zone; validation at start-up makes sure the name is known.</summary>
    public DateTimeZone DefaultZone => TimeZones.Find(DefaultTimeZone) ?? DateTimeZone.Utc;

    /// <summary>A person's zone: theirs if they set a known one, else the default.</summary>
    public DateTimeZone ZoneOf(string? timeZone) => TimeZones.FindOr(timeZone, DefaultZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeZones.Find(DefaultTimeZone) is null)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(DefaultTimeZone)} '{DefaultTimeZone}' is not an IANA time zone.",
                [nameof(DefaultTimeZone)]);
        }

        string? scheduleError = null;
        try
        {
            CheckInSchedule.Parse(CheckInDays, CheckInTime);
        }
        catch (FormatException e)
        {
            scheduleError = e.Message;
        }

        if (scheduleError is not null)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(CheckInDays)}/{nameof(CheckInTime)}: {scheduleError}",
                [nameof(CheckInDays), nameof(CheckInTime)]);
        }
    }
}
