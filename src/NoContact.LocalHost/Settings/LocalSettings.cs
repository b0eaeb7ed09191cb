using System.Text.Json;

namespace NoContact.LocalHost.Settings;

/// <summary>
/// Reads the <c>Values</c> of the function app's settings files, the same ones <c>func start</c>
/// reads: the committed sample first, then the git-ignored <c>local.settings.json</c> beside the
/// function app if someone made one. <c>__</c> separates sections, as in environment variables.
/// </summary>
public static class LocalSettings
{
    public static readonly string OverrideFile = Path.Combine("src", "NoContact.Functions", "local.settings.json");

    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string repoRoot)
    {
        foreach (var file in new[] { RepoRoot.SampleSettings, OverrideFile })
        {
            var path = Path.Combine(repoRoot, file);
            if (File.Exists(path))
            {
                builder.AddInMemoryCollection(ReadValues(path));
            }
        }

        return builder;
    }

    public static Dictionary<string, string?> ReadValues(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section))
        {
            foreach (var value in section.EnumerateObject())
            {
                values[value.Name.Replace("__", ConfigurationPath.KeyDelimiter)] = value.Value.ToString();
            }
        }

        return values;
    }
}
