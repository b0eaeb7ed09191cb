using System.ComponentModel.DataAnnotations;

namespace NoContact.Functions.Hosting;

/// <summary>How to reach Twilio and how Twilio reaches us, section <c>Twilio</c>.</summary>
public sealed class TwilioOptions : IValidatableObject
{
    public const string Section = "Twilio";

    [Required]
    public string AccountSid { get; set; } = "";

    [Required]
    public string AuthToken { get; set; } = "";

    /// <summary>Number we send from, in E.164; or leave empty and set a messaging service.</summary>
    public string? FromNumber { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// Public scheme, host and port exactly as configured on the Twilio number: signatures are
    /// checked against this, never against a URL rebuilt from the request.
    /// </summary>
    [Required, Url]
    public string WebhookBaseUrl { get; set; } = "";

    /// <summary>Twilio's REST API; a local stand-in replaces it in tests and demos.</summary>
    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>How long one call to Twilio may take before it counts as failed and is retried later.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FromNumber) && string.IsNullOrWhiteSpace(MessagingServiceSid))
        {
            yield return new ValidationResult(
                $"Set {Section}:{nameof(FromNumber)} or {Section}:{nameof(MessagingServiceSid)}.",
                [nameof(FromNumber), nameof(MessagingServiceSid)]);
        }
    }
}
