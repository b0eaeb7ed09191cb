using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace NoContact.Functions.Storage;

/// <summary>
/// Builds the table client from the same <c>AzureWebJobsStorage</c> setting the Functions host
/// uses: a connection string locally, or an identity-based account name in Azure.
/// </summary>
public static class StorageConnection
{
    public const string Section = "AzureWebJobsStorage";

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new TableServiceClient(section.Value);
        }

        var serviceUri = section["tableServiceUri"] ?? AccountUri(section["accountName"]);
        return new TableServiceClient(new Uri(serviceUri), Credential(section));
    }

    private static string AccountUri(string? accountName) =>
        string.IsNullOrWhiteSpace(accountName)
            ? throw new InvalidOperationException(
                $"Set {Section} to a connection string, or {Section}__accountName for identity-based access.")
            : $"https://{accountName}.table.core.windows.net";

    private static TokenCredential Credential(IConfigurationSection section) =>
        string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(ManagedIdentityId(section["clientId"]))
            : new DefaultAzureCredential();

    private static ManagedIdentityId ManagedIdentityId(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? Azure.Identity.ManagedIdentityId.SystemAssigned
            : Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(clientId);
}
