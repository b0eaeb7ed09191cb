using NoContact.LocalHost.Settings;
using NoContact.LocalHost.Storage;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>
/// One Azurite for the whole test run on the default ports, started in memory only when nothing
/// listens there yet (a dev host's Azurite is reused), and stopped when the run ends.
/// </summary>
public static class SharedAzurite
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AzuriteProcess? started;

    public static async Task EnsureRunningAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (started is null && !StorageEndpoints.Default.TablesListening())
            {
                started = await AzuriteProcess.StartAsync(
                    RepoRoot.Find(), StorageEndpoints.Default, inMemory: true, CancellationToken.None);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
