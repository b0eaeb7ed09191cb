using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;
using NoContact.LocalHost.Dev;

namespace NoContact.LocalHost.Twilio;

/// <summary>What a phone's text led to: the webhook's status and the replies it carried.</summary>
public sealed record SendOutcome(int Status, string MessageSid, IReadOnlyList<string> Replies);

/// <summary>
/// Delivers a phone's text to the app the way Twilio would: the same form fields, signed with
/// the auth token against the public webhook URL, posted over real HTTP to /api/sms/inbound.
/// The TwiML replies in the response are logged as texts back to the phone.
/// </summary>
public sealed partial class PhoneSimulator(
    IHttpClientFactory httpClients,
    IServer server,
    MessageLog log,
    IOptions<TwilioOptions> options,
    ILogger<PhoneSimulator> logger)
{
    public const string WebhookPath = "/api/sms/inbound";

    public async Task<SendOutcome> SendAsync(string from, string to, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sid = TwilioSids.NewMessageSid();
        var fields = Fields(from, to, body, sid, settings);
        var signature = WebhookSigner.Sign(
            settings.AuthToken, settings.WebhookBaseUrl.TrimEnd('/') + WebhookPath, fields);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(OwnAddress(), WebhookPath))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Add("X-Twilio-Signature", signature);
        request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        request.Headers.UserAgent.ParseAdd("TwilioProxy/1.1");

        log.Add("in", Via.Webhook, from, to, body, sid);
        var http = httpClients.CreateClient(nameof(PhoneSimulator));
        using var response = await http.SendAsync(request, cancellationToken);
        var replies = response.IsSuccessStatusCode
            ? TwiMLMessages(await response.Content.ReadAsStringAsync(cancellationToken))
            : [];
        foreach (var reply in replies)
        {
            log.Add("out", Via.TwiML, to, from, reply, TwilioSids.NewMessageSid());
        }

        LogDelivered(logger, sid, (int)response.StatusCode, replies.Count);
        return new SendOutcome((int)response.StatusCode, sid, replies);
    }

    private static Dictionary<string, string> Fields(
        string from, string to, string body, string sid, TwilioOptions settings)
    {
        var fields = new Dictionary<string, string>
        {
            ["ToCountry"] = "US",
            ["SmsMessageSid"] = sid,
            ["NumMedia"] = "0",
            ["SmsSid"] = sid,
            ["SmsStatus"] = "received",
            ["Body"] = body,
            ["FromCountry"] = "US",
            ["To"] = to,
            ["NumSegments"] = "1",
            ["MessageSid"] = sid,
            ["AccountSid"] = settings.AccountSid,
            ["From"] = from,
            ["ApiVersion"] = "2010-04-01",
        };
        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            fields["MessagingServiceSid"] = settings.MessagingServiceSid;
        }

        return fields;
    }

    private static List<string> TwiMLMessages(string twiml) =>
        twiml.Length == 0
            ? []
            : XDocument.Parse(twiml).Descendants("Message").Select(m => (m.Element("Body") ?? m).Value).ToList();

    // The webhook goes to where this host really listens; the signature uses the public URL.
    private Uri OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The local host is not listening yet.");
        return new Uri(address);
    }

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information,
        Message = "Simulated text {MessageSid} answered {Status} with {Replies} TwiML replies")]
    private static partial void LogDelivered(ILogger logger, string messageSid, int status, int replies);
}
