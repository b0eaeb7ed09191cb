using System.Collections.Concurrent;
using System.Diagnostics;
using NoContact.LocalHost.Twilio;

namespace NoContact.Bench;

/// <summary>Texts the app as Twilio would (signed form posts) and times each answer.</summary>
public sealed class Phones(string baseUrl, string authToken)
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    public async Task WarmUpAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            await TextAsync("+15550299999", "HELP");
        }
    }

    public async Task<List<TimeSpan>> TextAllAsync(IEnumerable<string> from, string body, int concurrency = 4)
    {
        var times = new ConcurrentBag<TimeSpan>();
        await Parallel.ForEachAsync(from, new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (phone, _) => times.Add(await TextAsync(phone, body)));
        return [.. times];
    }

    public async Task PairWithPartnersAsync(IEnumerable<string> users)
    {
        foreach (var user in users)
        {
            var partner = "+1555030" + user[^4..];
            await TextAsync(user, "PARTNER " + partner);
            await TextAsync(partner, "YES");
        }
    }

    public async Task<List<TimeSpan>> TimeFunctionAsync(string name, int runs)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.StartNew();
            await RunFunctionAsync(name);
            times.Add(started.Elapsed);
        }

        return times;
    }

    public async Task RunFunctionAsync(string name)
    {
        using var response = await http.PostAsync($"/admin/functions/{name}", null);
        response.EnsureSuccessStatusCode();
    }

    private async Task<TimeSpan> TextAsync(string from, string body)
    {
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
            ["AccountSid"] = "AC" + new string('0', 32),
            ["From"] = from,
            ["To"] = "+15550100100",
            ["Body"] = body,
            ["NumMedia"] = "0",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/inbound")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Add("X-Twilio-Signature", WebhookSigner.Sign(authToken, baseUrl + "/api/sms/inbound", fields));

        var started = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        return started.Elapsed;
    }
}
