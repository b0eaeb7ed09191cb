using System.Diagnostics;
using System.Text;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>The local host as its own process, as the run script starts it; settings in its environment.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private HostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The local host's own build output, in the configuration these tests were built in.</summary>
    public static string Program
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(
                NoContact.LocalHost.Settings.RepoRoot.Find(), "src", "NoContact.LocalHost", "bin",
                configuration, framework.Name, "NoContact.LocalHost.dll");
        }
    }

    public static HostProcess Start(IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Program),
        };
        start.ArgumentList.Add(Program);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Waits for the exit; the code, or null if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Asks the host to stop as a service manager would (SIGTERM).</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>Kills the host alone, giving it no chance to clean up (SIGKILL).</summary>
    public void KillHard() => Signal("KILL");

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", process.Id.ToString()]);
        kill.WaitForExit();
    }

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}");

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
