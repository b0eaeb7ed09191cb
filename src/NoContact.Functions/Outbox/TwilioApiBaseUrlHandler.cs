using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;

namespace NoContact.Functions.Outbox;

/// <summary>
/// Sends Twilio's API calls to <see cref="TwilioOptions.ApiBaseUrl"/>. The Twilio library always
/// builds https://api.twilio.com URLs; this rewrites scheme, host, port and a path prefix, which
/// lets tests and the local host put a stand-in on loopback.
/// </summary>
public sealed class TwilioApiBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } original)
        {
            request.RequestUri = Rebase(original, new Uri(options.Value.ApiBaseUrl));
        }

        return base.SendAsync(request, cancellationToken);
    }

    public static Uri Rebase(Uri original, Uri baseUrl)
    {
        var builder = new UriBuilder(original)
        {
            Scheme = baseUrl.Scheme,
            Host = baseUrl.Host,
            Port = baseUrl.Port,
            Path = baseUrl.AbsolutePath.TrimEnd('/') + original.AbsolutePath,
        };
        return builder.Uri;
    }
}
