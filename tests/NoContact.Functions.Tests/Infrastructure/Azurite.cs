using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>
/// Table Storage for the tests: a private in-memory Azurite from the repo's npm packages on a
/// free port, stopped when the tests end. Private, so that a developer's running Azurite (or
/// one that stops mid-run) never mixes with the tests; set NOCONTACT_TEST_TABLE_PORT to use one
/// that is already listening instead.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("NOCONTACT_TEST_TABLE_PORT"), out var port)
            || !await IsListeningAsync(port))
        {
            port = FreePort();
            process = Start(port);
            await WaitUntilListeningAsync(port);
        }

        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + $"AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    private static Process Start(int port)
    {
        var bin = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: run 'npm ci' in {RepoPaths.Root} (it is pinned in package.json).");
        }

        var start = new ProcessStartInfo(bin)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence",
                "--disableTelemetry", "--silent", "--skipApiVersionCheck" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var started = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (!await IsListeningAsync(port))
        {
            if (process is { HasExited: true } || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"Azurite did not start listening on port {port}.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<Azurite>
{
    public const string Name = "storage";
}
