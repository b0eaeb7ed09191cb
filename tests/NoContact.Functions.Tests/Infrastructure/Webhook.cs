using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>Builds webhook requests the way Twilio sends them, signed independently of the app's code.</summary>
public static class Webhook
{
    public const string Path = "/api/sms/inbound";

    /// <summary>The form fields Twilio posts for an incoming SMS (see shared/fixtures).</summary>
    public static Dictionary<string, string> SmsFields(string from, string body, string? messageSid = null)
    {
        var sid = messageSid ?? NewSid();
        return new Dictionary<string, string>
        {
            ["ToCountry"] = "US", ["ToState"] = "NY", ["SmsMessageSid"] = sid, ["NumMedia"] = "0",
            ["ToCity"] = "NEW YORK", ["FromZip"] = "10001", ["SmsSid"] = sid, ["FromState"] = "NY",
            ["SmsStatus"] = "received", ["FromCity"] = "NEW YORK", ["Body"] = body, ["FromCountry"] = "US",
            ["To"] = TestApp.OurNumber, ["MessagingServiceSid"] = "MG" + new string('1', 32), ["ToZip"] = "10001",
            ["NumSegments"] = "1", ["MessageSid"] = sid, ["AccountSid"] = "AC" + new string('0', 32),
            ["From"] = from, ["ApiVersion"] = "2010-04-01",
        };
    }

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    /// <summary>Twilio's rule: Base64(HMAC-SHA1(token, url + every field sorted by name as name+value)).</summary>
    public static string Sign(string url, IReadOnlyDictionary<string, string> fields, string authToken)
    {
        var data = new StringBuilder(url);
        foreach (var field in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            data.Append(field.Key).Append(field.Value);
        }

        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static HttpRequest Request(
        IReadOnlyDictionary<string, string> fields, string? signature, string query = "")
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "POST";
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 7071);
        request.Path = Path;
        request.QueryString = new QueryString(query);
        request.ContentType = "application/x-www-form-urlencoded";
        var body = string.Join(
            "&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        if (signature is not null)
        {
            request.Headers["X-Twilio-Signature"] = signature;
        }

        return request;
    }

    /// <summary>A request signed for the app's configured public URL.</summary>
    public static HttpRequest Signed(IReadOnlyDictionary<string, string> fields, string query = "") =>
        Request(fields, Sign(TestApp.WebhookBaseUrl + Path + query, fields, TestApp.AuthToken), query);

    /// <summary>The messages of the TwiML reply, in order.</summary>
    public static List<string> ReplyMessages(IActionResult result)
    {
        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(200, content.StatusCode);
        Assert.Equal("text/xml", content.ContentType);
        var xml = System.Xml.Linq.XDocument.Parse(content.Content!);
        return xml.Root!.Elements("Message").Select(m => m.Value).ToList();
    }

    /// <summary>The TwiML reply's messages joined by a blank line, or null when it sends nothing.</summary>
    public static string? ReplyText(IActionResult result) =>
        ReplyMessages(result) is { Count: > 0 } messages ? string.Join("\n\n", messages) : null;
}
