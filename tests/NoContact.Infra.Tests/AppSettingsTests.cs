using System.Text.Json.Nodes;

namespace NoContact.Infra.Tests;

/// <summary>The app must see the same settings keys in Azure as it does locally.</summary>
public sealed class AppSettingsTests
{
    // Keys only local runs have. Anything else in local.settings.sample.json must be in the Bicep.
    private static readonly string[] LocalOnly =
    [
        // Flex Consumption takes the runtime from functionAppConfig and rejects this setting.
        "FUNCTIONS_WORKER_RUNTIME",
        // Locally a connection string for Azurite; Azure uses the identity-based keys below instead.
        "AzureWebJobsStorage",
    ];

    // Keys only Azure has. Anything else in the Bicep must be in local.settings.sample.json.
    private static readonly string[] AzureOnly =
    [
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        // Telemetry goes to Application Insights only in Azure.
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    private static readonly IReadOnlyCollection<string> BicepKeys =
        CompiledTemplate.MainTemplate.AppSettings.Keys.ToHashSet();

    private static readonly IReadOnlyCollection<string> SampleKeys = ReadSampleKeys();

    [Fact]
    public void BicepAndLocalSampleNameTheSameAppSettings()
    {
        var fromSample = SampleKeys.Except(LocalOnly).Order();
        var fromBicep = BicepKeys.Except(AzureOnly).Order();

        Assert.Equal(fromSample, fromBicep);
    }

    [Fact]
    public void EveryListedDifferenceStillExists()
    {
        Assert.All(LocalOnly, key => Assert.Contains(key, SampleKeys));
        Assert.All(AzureOnly, key => Assert.Contains(key, BicepKeys));
    }

    private static HashSet<string> ReadSampleKeys()
    {
        var json = File.ReadAllText(RepoRoot.File("local.settings.sample.json"));
        return JsonNode.Parse(json)!["Values"]!.AsObject().Select(p => p.Key).ToHashSet();
    }
}
