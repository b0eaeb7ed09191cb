namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NoContactFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find NoContactFunctions.sln above " + AppContext.BaseDirectory);
    }
}
