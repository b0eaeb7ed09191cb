namespace NoContact.LocalHost.Settings;

/// <summary>Finds the repository the host runs from: the folder holding the sample settings.</summary>
public static class RepoRoot
{
    public const string SampleSettings = "local.settings.sample.json";

    public static string Find(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"Cannot find {SampleSettings} above the working directory or the program; "
                + "run the local host from inside the repository or set LocalHost:RepoRoot.");
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SampleSettings)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
