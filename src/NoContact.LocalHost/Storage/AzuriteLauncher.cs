using Microsoft.Extensions.Options;
using NoContact.Functions.Storage;
using NoContact.LocalHost.Settings;

namespace NoContact.LocalHost.Storage;

/// <summary>What the local host did about storage.</summary>
public enum AzuriteState
{
    /// <summary>Storage is not a local emulator, or starting one is switched off.</summary>
    NotNeeded,

    /// <summary>Something already listened on the storage ports; it is used and left running.</summary>
    Reused,

    /// <summary>Started by this host, and stopped when the host stops.</summary>
    Started,
}

/// <summary>
/// Starts Azurite before anything touches storage, when the storage setting points at loopback
/// and nothing listens there; stops only an Azurite it started.
/// </summary>
public sealed partial class AzuriteLauncher(
    IConfiguration configuration,
    IOptions<LocalHostOptions> options,
    RepoRootPath repo,
    ILogger<AzuriteLauncher> logger) : IHostedService, IAsyncDisposable
{
    private AzuriteProcess? started;

    public AzuriteState State { get; private set; } = AzuriteState.NotNeeded;

    public int? ProcessId => started?.Id;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var ports = StorageEndpoints.Of(configuration[StorageConnection.Section]);
        if (ports is null || !options.Value.StartAzurite)
        {
            return;
        }

        if (!ports.TablesListening())
        {
            var inMemory = options.Value.AzuriteInMemory;
            started = await AzuriteProcess.StartAsync(repo.Path, ports, inMemory, cancellationToken);
        }

        State = started is null ? AzuriteState.Reused : AzuriteState.Started;
        LogStorage(logger, State, ports.TablePort, started?.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        var azurite = Interlocked.Exchange(ref started, null);
        if (azurite is not null)
        {
            var id = azurite.Id;
            await azurite.DisposeAsync();
            LogStopped(logger, id);
        }
    }

    [LoggerMessage(EventId = 9401, Level = LogLevel.Information,
        Message = "Azurite: {State} on table port {TablePort} (process {ProcessId})")]
    private static partial void LogStorage(ILogger logger, AzuriteState state, int tablePort, int? processId);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Stopped Azurite (process {ProcessId})")]
    private static partial void LogStopped(ILogger logger, int processId);
}

/// <summary>The repository folder the host runs from.</summary>
public sealed record RepoRootPath(string Path);
