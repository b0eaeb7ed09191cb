using System.Security.Cryptography;
using System.Text;

namespace NoContact.LocalHost.Twilio;

/// <summary>
/// Signs a webhook as Twilio does: Base64(HMAC-SHA1(auth token, URL + each parameter's name and
/// value, sorted by name)). Written from Twilio's rule, not from its validator, so the app's
/// check of a signature made here is a real cross-check.
/// </summary>
public static class WebhookSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(hash);
    }
}
