using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace NoContact.Infra.Tests;

/// <summary>infra/main.bicep compiled to ARM JSON by the Bicep CLI, once per test run.</summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Main = new(() => Compile("infra/main.bicep"));

    private CompiledTemplate(string json)
    {
        Json = json;
        Root = JsonNode.Parse(json)!.AsObject();
    }

    public static CompiledTemplate MainTemplate => Main.Value;

    /// <summary>The template as text, for checks that must hold anywhere in it.</summary>
    public string Json { get; }

    public JsonObject Root { get; }

    /// <summary>The root template and every module's template nested inside it.</summary>
    public IEnumerable<JsonObject> Templates => TemplatesUnder(Root);

    public IEnumerable<JsonObject> Resources(string type) =>
        Templates
            .SelectMany(t => t["resources"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type)
    {
        var matches = Resources(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The function app's settings, name to value (values are often ARM expressions).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Select(s => s!.AsObject())
            .ToDictionary(s => (string)s["name"]!, s => s["value"]!.ToString());

    private static IEnumerable<JsonObject> TemplatesUnder(JsonObject template)
    {
        yield return template;

        var nested = (template["resources"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(r => r["properties"]?["template"])
            .OfType<JsonObject>();
        foreach (var child in nested.SelectMany(TemplatesUnder))
        {
            yield return child;
        }
    }

    private static CompiledTemplate Compile(string relativePath)
    {
        var start = new ProcessStartInfo(BicepPath(), ["build", relativePath, "--stdout"])
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bicep = Process.Start(start)!;
        var stderr = bicep.StandardError.ReadToEndAsync();
        var json = bicep.StandardOutput.ReadToEnd();
        if (!bicep.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            bicep.Kill();
            throw new TimeoutException($"bicep build {relativePath} did not finish in 2 minutes.");
        }

        if (bicep.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {relativePath} failed:\n{stderr.Result}");
        }

        return new CompiledTemplate(json);
    }

    // The NuGet package holds the linux-x64 binary; BICEP points elsewhere, e.g. on macOS or Windows.
    private static string BicepPath()
    {
        var path = Environment.GetEnvironmentVariable("BICEP");
        if (string.IsNullOrEmpty(path))
        {
            path = typeof(CompiledTemplate).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepPath").Value!;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Bicep CLI not found; run dotnet restore.", path);
        }

        // NuGet does not keep the executable bit on every extraction path.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }
}
