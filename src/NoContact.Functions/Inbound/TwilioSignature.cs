using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;
using Twilio.Security;

namespace NoContact.Functions.Inbound;

/// <summary>Checks <c>X-Twilio-Signature</c> with Twilio's own validator.</summary>
public sealed class TwilioSignature(IOptions<TwilioOptions> options)
{
    public const string Header = "X-Twilio-Signature";

    private readonly RequestValidator validator = new(options.Value.AuthToken);

    public bool IsValid(HttpRequest request, IFormCollection form)
    {
        var signature = request.Headers[Header].ToString();
        if (signature.Length == 0)
        {
            return false;
        }

        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString());
        return validator.Validate(PublicUrl(request), parameters, signature);
    }

    /// <summary>
    /// The URL Twilio called: the configured public base, then the path and the raw query string.
    /// Behind Azure's front ends the request's own scheme, host casing and port differ from it.
    /// </summary>
    public string PublicUrl(HttpRequest request) =>
        options.Value.WebhookBaseUrl.TrimEnd('/')
        + (request.PathBase + request.Path).ToUriComponent()
        + request.QueryString.Value;
}
