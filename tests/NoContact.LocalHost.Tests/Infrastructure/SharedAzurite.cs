using NoContact.LocalHost.Settings;
using NoContact.LocalHost.Storage;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>
/// One in-memory Azurite for the whole test run, on free ports of its own: a developer's
/// Azurite, or one that another test project starts and stops in parallel, cannot pull the
/// storage from under these tests. It ends with the test process.
/// </summary>
public static class SharedAzurite
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AzuriteProcess? started;

    public static StorageEndpoints Ports { get; } = FreePorts.ForAzurite();

    public static string ConnectionString => AzuriteConnection.For(Ports);

    public static async Task EnsureRunningAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (started is null && !Ports.TablesListening())
            {
                started = await AzuriteProcess.StartAsync(RepoRoot.Find(), Ports, inMemory: true, default);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static Task StopAsync() => started?.DisposeAsync().AsTask() ?? Task.CompletedTask;
}

/// <summary>Connection strings for an Azurite on given ports.</summary>
public static class AzuriteConnection
{
    // Azurite's well-known development account; its key is public.
    private const string DevAccount = "AccountName=devstoreaccount1;AccountKey="
        + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string For(StorageEndpoints ports) =>
        $"DefaultEndpointsProtocol=http;{DevAccount};"
        + $"BlobEndpoint=http://127.0.0.1:{ports.BlobPort}/devstoreaccount1;"
        + $"QueueEndpoint=http://127.0.0.1:{ports.QueuePort}/devstoreaccount1;"
        + $"TableEndpoint=http://127.0.0.1:{ports.TablePort}/devstoreaccount1;";
}
