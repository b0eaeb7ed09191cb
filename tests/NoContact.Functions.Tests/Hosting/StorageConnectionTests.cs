using Microsoft.Extensions.Configuration;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Tests.Hosting;

public sealed class StorageConnectionTests
{
    [Fact]
    public void ConnectionStringIsUsedLocally()
    {
        var client = StorageConnection.CreateTableServiceClient(
            Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("127.0.0.1", client.Uri.Host);
        Assert.Equal(10002, client.Uri.Port);
    }

    [Fact]
    public void TableServiceUriWithManagedIdentityIsUsedInAzure()
    {
        var client = StorageConnection.CreateTableServiceClient(Settings(
            ("AzureWebJobsStorage:tableServiceUri", "https://nocontactdata.table.core.windows.net/"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.Equal("nocontactdata.table.core.windows.net", client.Uri.Host);
    }

    [Fact]
    public void AccountNameAloneIsEnough()
    {
        var client = StorageConnection.CreateTableServiceClient(Settings(
            ("AzureWebJobsStorage:accountName", "nocontactdata"),
            ("AzureWebJobsStorage:credential", "managedidentity")));

        Assert.Equal("nocontactdata.table.core.windows.net", client.Uri.Host);
    }

    [Fact]
    public void MissingStorageSettingNamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StorageConnection.CreateTableServiceClient(Settings()));

        Assert.Contains("AzureWebJobsStorage", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
