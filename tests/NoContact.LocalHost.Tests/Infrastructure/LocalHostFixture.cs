using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using NoContact.LocalHost.Dev;
using NoContact.LocalHost.Twilio;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>
/// A real local host on a free loopback port, over the tests' Azurite, with tables of its own.
/// Its settings are the committed sample's, as a newcomer gets them, except port and table prefix.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        await SharedAzurite.EnsureRunningAsync();
        var port = FreePorts.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        app = LocalHostApp.Build([], new Dictionary<string, string?>
        {
            ["LocalHost:Url"] = BaseAddress.ToString(),
            ["Twilio:ApiBaseUrl"] = $"{BaseAddress}twilio",
            ["NoContact:TablePrefix"] = TablePrefix,
            ["AzureWebJobsStorage"] = SharedAzurite.ConnectionString,
        });
        await app.StartAsync();
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public async Task<SendOutcome> TextAsync(string from, string body)
    {
        var response = await Http.PostAsJsonAsync("/dev/send", new { from, body });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SendOutcome>())!;
    }

    public async Task RunFunctionAsync(string name)
    {
        using var response = await Http.PostAsync($"/admin/functions/{name}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task<List<SmsRecord>> MessagesAsync() =>
        (await Http.GetFromJsonAsync<List<SmsRecord>>("/dev/messages"))!;

    public async Task<List<SmsRecord>> MessagesToAsync(string phone) =>
        (await MessagesAsync()).Where(m => m.To == phone).ToList();

    public async Task MoveClockAsync(object move)
    {
        using var response = await Http.PostAsJsonAsync("/dev/clock", move);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A fictional number (555-01xx exchange) no other test uses.</summary>
    public static string NewPhone() => $"+1555010{Random.Shared.Next(0, 10000):D4}";
}
