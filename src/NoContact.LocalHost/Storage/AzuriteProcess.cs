using System.Diagnostics;

namespace NoContact.LocalHost.Storage;

/// <summary>
/// An Azurite started from the repo's node_modules. Stopping asks it to shut down as Ctrl+C
/// would, so a disk workspace is flushed, and kills it if it has not gone after a few seconds.
/// It also shuts down by itself when its standard input closes, so it does not outlive a host
/// that was killed.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    // Runs Azurite in this node process, ending it like Ctrl+C once the host's end of stdin closes.
    private const string ExitWithParent =
        "process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));"
        + "process.stdin.resume();"
        + "require(process.argv[1]);";

    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private AzuriteProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>
    /// Starts Azurite and waits until its table port answers. Null when another Azurite took the
    /// ports first (two starters racing): the caller then uses that one.
    /// </summary>
    public static async Task<AzuriteProcess?> StartAsync(
        string repoRoot, StorageEndpoints ports, bool inMemory, CancellationToken cancellationToken)
    {
        var azurite = new AzuriteProcess(Process.Start(StartInfo(repoRoot, ports, inMemory))
            ?? throw new InvalidOperationException("Could not start Azurite."));
        var waited = Stopwatch.StartNew();
        while (!ports.TablesListening())
        {
            if (azurite.HasExited)
            {
                return ports.TablesListening() ? null : throw azurite.Failed("exited");
            }

            if (waited.Elapsed > ReadyTimeout)
            {
                await azurite.DisposeAsync();
                throw azurite.Failed($"did not listen on port {ports.TablePort} within {ReadyTimeout.TotalSeconds} s");
            }

            await Task.Delay(100, cancellationToken);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            AskToStop();
            using var patience = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    public static string Script(string repoRoot) =>
        Path.Combine(repoRoot, "node_modules", "azurite", "dist", "src", "azurite.js");

    private static ProcessStartInfo StartInfo(string repoRoot, StorageEndpoints ports, bool inMemory)
    {
        var script = Script(repoRoot);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: run `npm ci` in {repoRoot} (scripts/run-local.sh does it for you).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] common =
        [
            "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports.BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports.QueuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports.TablePort}",
        ];
        string[] storage = inMemory ? ["--inMemoryPersistence"] : ["--location", Workspace(repoRoot)];
        foreach (var argument in new[] { "-e", ExitWithParent, script }.Concat(common).Concat(storage))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string Workspace(string repoRoot) =>
        Directory.CreateDirectory(Path.Combine(repoRoot, ".azurite")).FullName;

    // Closing stdin is the cue ExitWithParent waits for; it works the same on every OS.
    private void AskToStop() => process.StandardInput.Close();

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 20)
            {
                lastLines.Dequeue();
            }
        }
    }

    private InvalidOperationException Failed(string what)
    {
        lock (lastLines)
        {
            var output = string.Join(Environment.NewLine, lastLines);
            return new InvalidOperationException($"Azurite {what}:{Environment.NewLine}{output}");
        }
    }
}
