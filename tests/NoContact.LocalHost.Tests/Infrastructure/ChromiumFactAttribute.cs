namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>A test that needs Debian's Chromium; skipped, saying why, only where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"No browser at {Executable}: install it with `apt-get install -y chromium` (.ci/run does).";
        }
    }
}
