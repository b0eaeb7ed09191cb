using System.Text.Json.Nodes;

namespace NoContact.Infra.Tests;

/// <summary>The security settings issue 6 asks for, checked on the compiled template so an edit
/// to the Bicep cannot drop one quietly.</summary>
public sealed class SecurityTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.MainTemplate;

    [Fact]
    public void StorageAccountRefusesSharedKeyAccess()
    {
        var storage = Properties("Microsoft.Storage/storageAccounts");

        Assert.False((bool)storage["allowSharedKeyAccess"]!);
    }

    [Fact]
    public void StorageAccountAcceptsOnlyHttpsWithTls12OrLater()
    {
        var storage = Properties("Microsoft.Storage/storageAccounts");

        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
    }

    [Fact]
    public void FunctionAppIsHttpsOnlyWithFtpDisabled()
    {
        var site = Properties("Microsoft.Web/sites");

        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("Disabled", (string?)site["siteConfig"]!["ftpsState"]);
        Assert.Equal("1.2", (string?)site["siteConfig"]!["minTlsVersion"]);
    }

    [Fact]
    public void BasicPublishingCredentialsAreOffForFtpAndScm()
    {
        var policies = Template.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(["ftp", "scm"], policies.Select(PolicyName).Order());
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void HostStorageIsReachedByManagedIdentity()
    {
        var settings = Template.AppSettings;

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("clientId", settings["AzureWebJobsStorage__clientId"]);
        Assert.Contains("blobEndpoint", settings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Contains("tableEndpoint", settings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void DeploymentPackageIsFetchedWithTheUserAssignedIdentity()
    {
        var deployment = Properties("Microsoft.Web/sites")["functionAppConfig"]!["deployment"]!;
        var auth = deployment["storage"]!["authentication"]!;

        Assert.Equal("UserAssignedIdentity", (string?)auth["type"]);
        Assert.Contains("userAssignedIdentities", (string?)auth["userAssignedIdentityResourceId"]);
    }

    [Theory]
    [InlineData("AccountKey")]
    [InlineData("listKeys")]
    [InlineData("DefaultEndpointsProtocol")]
    [InlineData("SharedAccessSignature")]
    [InlineData("StorageAccountConnectionString")]
    public void TemplateHoldsNoStorageKeyOrKeyedConnectionString(string marker)
    {
        Assert.DoesNotContain(marker, Template.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TwilioAuthTokenSettingIsAKeyVaultReferenceResolvedByTheAppIdentity()
    {
        var site = Properties("Microsoft.Web/sites");

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", Template.AppSettings["Twilio__AuthToken"]);
        Assert.Contains("userAssignedIdentities", (string?)site["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void TwilioAuthTokenArrivesOnlyAsASecureParameterStoredInKeyVault()
    {
        var secret = Template.Single("Microsoft.KeyVault/vaults/secrets");

        Assert.Equal("securestring", (string?)Template.Root["parameters"]!["twilioAuthToken"]!["type"]);
        Assert.Equal("[parameters('twilioAuthToken')]", (string?)secret["properties"]!["value"]);
        Assert.True((bool)Properties("Microsoft.KeyVault/vaults")["enableRbacAuthorization"]!);
    }

    [Fact]
    public void AppIdentityHoldsTheDataRolesItNeeds()
    {
        string[] expected =
        [
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
            "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
            "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
            "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
            "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
        ];

        // The role ids sit in each module's variables, next to the assignments that use them.
        var modulesThatAssignRoles = Template.Templates
            .Where(t => (t["resources"]?.AsArray() ?? []).Any(IsRoleAssignment))
            .Select(t => t.ToJsonString())
            .ToList();

        Assert.All(expected, id => Assert.Contains(modulesThatAssignRoles, module => module.Contains(id)));
    }

    [Fact]
    public void TelemetryIsAcceptedOnlyWithEntraId()
    {
        var appInsights = Properties("Microsoft.Insights/components");

        Assert.True((bool)appInsights["DisableLocalAuth"]!);
        Assert.Contains("Authorization=AAD", Template.AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    private static bool IsRoleAssignment(JsonNode? resource) =>
        (string?)resource?["type"] == "Microsoft.Authorization/roleAssignments";

    private static JsonObject Properties(string type) => Template.Single(type)["properties"]!.AsObject();

    private static string PolicyName(JsonObject policy) =>
        ((string)policy["name"]!).Split('\'', StringSplitOptions.RemoveEmptyEntries)[^2];
}
