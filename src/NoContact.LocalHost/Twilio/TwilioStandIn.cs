using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;
using NoContact.LocalHost.Dev;

namespace NoContact.LocalHost.Twilio;

/// <summary>
/// Plays Twilio's Messages API on loopback for the app (reached through Twilio:ApiBaseUrl):
/// checks the account's Basic credentials, keeps the message, and answers 201 with the JSON
/// Twilio would send, so the Twilio library reads a real MessageResource.
/// </summary>
public static class TwilioStandIn
{
    public const string Prefix = "/twilio";

    public static IEndpointRouteBuilder MapTwilioStandIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(Prefix + "/2010-04-01/Accounts/{accountSid}/Messages.json", CreateMessageAsync);
        return app;
    }

    private static async Task<IResult> CreateMessageAsync(
        string accountSid, HttpRequest request, MessageLog log, IOptions<TwilioOptions> options, TimeProvider clock)
    {
        var settings = options.Value;
        if (!HasCredentials(request, settings) || accountSid != settings.AccountSid)
        {
            return Error(401, 20003, "Authenticate");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var to = form["To"].ToString();
        var body = form["Body"].ToString();
        var from = form["From"].ToString();
        var service = form["MessagingServiceSid"].ToString();
        if (to.Length == 0)
        {
            return Error(400, 21604, "A 'To' phone number is required.");
        }

        if (from.Length == 0 && service.Length == 0)
        {
            return Error(400, 21603, "A 'From' phone number is required.");
        }

        var sid = TwilioSids.NewMessageSid();
        log.Add("out", Via.Api, from.Length > 0 ? from : settings.FromNumber ?? service, to, body, sid);
        return Results.Json(Message(sid, accountSid, from, to, body, service, clock.GetUtcNow()), statusCode: 201);
    }

    private static bool HasCredentials(HttpRequest request, TwilioOptions settings)
    {
        var expected = "Basic " + Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{settings.AccountSid}:{settings.AuthToken}"));
        return request.Headers.Authorization.ToString() == expected;
    }

    private static Dictionary<string, object?> Message(
        string sid, string account, string from, string to, string body, string service, DateTimeOffset now)
    {
        var date = now.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        var uri = $"/2010-04-01/Accounts/{account}/Messages/{sid}";
        return new()
        {
            ["account_sid"] = account,
            ["api_version"] = "2010-04-01",
            ["body"] = body,
            ["date_created"] = date,
            ["date_sent"] = null,
            ["date_updated"] = date,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = from.Length > 0 ? from : null,
            ["messaging_service_sid"] = service.Length > 0 ? service : null,
            ["num_media"] = "0",
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["sid"] = sid,
            ["status"] = "queued",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = uri + "/Media.json" },
            ["to"] = to,
            ["uri"] = uri + ".json",
        };
    }

    private static IResult Error(int status, int code, string message) => Results.Json(
        new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status }, statusCode: status);
}
