using System.Net.Http.Json;
using System.Text.Json;
using NoContact.LocalHost.Storage;
using NoContact.LocalHost.Tests.Infrastructure;

namespace NoContact.LocalHost.Tests;

/// <summary>The host as a process: a second start, its own Azurite, and a clean stop.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HostLifecycleTests(LocalHostFixture host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SecondHostOnTheSamePortStopsWithAClearMessage()
    {
        await using var second = HostProcess.Start(new Dictionary<string, string>
        {
            ["LocalHost__Url"] = host.BaseAddress.ToString(),
            ["NoContact__TablePrefix"] = host.TablePrefix,
            ["AzureWebJobsStorage"] = SharedAzurite.ConnectionString,
        });

        var exitCode = await second.WaitForExitAsync(Patience);

        Assert.True(exitCode == 2, $"exit code {exitCode}; output:\n{second.Output}");
        Assert.Contains("already in use. Is the local host already running?", second.Output);
    }

    [Fact]
    public async Task HostStartsItsOwnAzuriteWhenNoneListensAndLeavesNoProcessWhenStopped()
    {
        var storage = FreeStorage();
        var url = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        await using var process = StartWithOwnAzurite(url, storage);
        var azuritePid = await StartedAzuriteAsync(url, process);
        Assert.True(storage.TablesListening());

        process.Terminate();
        var exitCode = await process.WaitForExitAsync(Patience);

        Assert.True(exitCode == 0, $"exit code {exitCode}; output:\n{process.Output}");
        Assert.False(HostProcess.IsAlive(azuritePid), "Azurite outlived the host");
        Assert.False(storage.TablesListening());
        Assert.False(StorageEndpoints.Listening(url.Port));
    }

    [Fact]
    public async Task AzuriteStopsByItselfWhenItsHostIsKilled()
    {
        var storage = FreeStorage();
        var url = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        await using var process = StartWithOwnAzurite(url, storage);
        var azuritePid = await StartedAzuriteAsync(url, process);

        process.KillHard();

        await WaitUntilAsync(() => !HostProcess.IsAlive(azuritePid));
        Assert.False(HostProcess.IsAlive(azuritePid), "Azurite outlived a killed host");
        Assert.False(storage.TablesListening());
    }

    private static StorageEndpoints FreeStorage() => FreePorts.ForAzurite();

    private static HostProcess StartWithOwnAzurite(Uri url, StorageEndpoints storage) =>
        HostProcess.Start(new Dictionary<string, string>
        {
            ["LocalHost__Url"] = url.ToString(),
            ["LocalHost__AzuriteInMemory"] = "true",
            ["AzureWebJobsStorage"] = AzuriteConnection.For(storage),
            ["Twilio__ApiBaseUrl"] = $"{url}twilio",
        });

    private static async Task<int> StartedAzuriteAsync(Uri url, HostProcess process)
    {
        var azurite = (await WaitForStatusAsync(url, process)).GetProperty("azurite");
        Assert.Equal("Started", azurite.GetProperty("state").GetString());
        return azurite.GetProperty("pid").GetInt32();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> WaitForStatusAsync(Uri url, HostProcess process)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                return await http.GetFromJsonAsync<JsonElement>("/dev/status");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"The host did not answer within {Patience}; output:\n{process.Output}");
    }
}
