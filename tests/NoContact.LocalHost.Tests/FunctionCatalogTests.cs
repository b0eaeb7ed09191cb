using System.Net.Http.Json;
using System.Text.Json;
using NoContact.LocalHost.Tests.Infrastructure;

namespace NoContact.LocalHost.Tests;

/// <summary>The host offers exactly the app's functions, read from their attributes.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class FunctionCatalogTests(LocalHostFixture host)
{
    [Fact]
    public async Task HostListsTheAppsFunctionsWithTheirRoutesAndSchedules()
    {
        var status = await host.Http.GetFromJsonAsync<JsonElement>("/dev/status");

        var functions = status.GetProperty("functions").EnumerateArray()
            .Select(f => $"{f.GetProperty("name")}: {f.GetProperty("detail")}")
            .ToArray();
        Assert.Equal(
            ["CheckIns: 0 * * * * *", "Coaching: 5 * * * * *", "DispatchOutbox: 10 * * * * *",
                "SmsInbound: POST /api/sms/inbound"],
            functions);
    }

    [Fact]
    public async Task AdminRunOfAnUnknownFunctionIsNotFound()
    {
        using var response = await host.Http.PostAsync("/admin/functions/NoSuchFunction", null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HostReusesTheAzuriteThatWasAlreadyRunning()
    {
        var status = await host.Http.GetFromJsonAsync<JsonElement>("/dev/status");

        Assert.Equal("Reused", status.GetProperty("azurite").GetProperty("state").GetString());
    }
}
