using NoContact.LocalHost.Settings;

namespace NoContact.LocalHost.Tests;

/// <summary>The committed sample settings are what a newcomer runs with: they must fit the local host.</summary>
public sealed class LocalSettingsTests
{
    private static readonly Dictionary<string, string?> Sample =
        LocalSettings.ReadValues(Path.Combine(RepoRoot.Find(), RepoRoot.SampleSettings));

    [Fact]
    public void SamplePointsTwilioAtTheLocalHostsStandIn()
    {
        Assert.Equal($"{LocalHostOptions.DefaultUrl}/twilio", Sample["Twilio:ApiBaseUrl"]);
        Assert.Equal(LocalHostOptions.DefaultUrl, Sample["Twilio:WebhookBaseUrl"]);
    }

    [Fact]
    public void SampleUsesTheLocalStorageEmulator()
    {
        Assert.Equal("UseDevelopmentStorage=true", Sample["AzureWebJobsStorage"]);
    }
}
