namespace NoContact.Infra.Tests;

/// <summary>The repository root: the nearest folder above the test binaries holding the .sln.</summary>
public static class RepoRoot
{
    private const string SolutionFile = "NoContactFunctions.sln";

    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
