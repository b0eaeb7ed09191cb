using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NoContact.LocalHost.Tests.Infrastructure;

namespace NoContact.LocalHost.Tests;

/// <summary>The demo clock and the stand-in Twilio answer as documented.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class DevEndpointsTests(LocalHostFixture host)
{
    [Fact]
    public async Task ClockRefusesToGoBackInTime()
    {
        using var response = await host.Http.PostAsJsonAsync("/dev/clock", new { to = "2001-01-01T00:00:00Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only moves forward", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClockAdvancesByAnIsoDuration()
    {
        var before = await host.Http.GetFromJsonAsync<JsonElement>("/dev/clock");

        using var response = await host.Http.PostAsJsonAsync("/dev/clock", new { advance = "PT2H" });

        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        var moved = after.GetProperty("utc").GetDateTimeOffset() - before.GetProperty("utc").GetDateTimeOffset();
        Assert.InRange(moved, TimeSpan.FromHours(2), TimeSpan.FromHours(2) + TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task StandInTwilioRefusesAnotherAccountsCredentials()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = "+15550100199",
            ["From"] = "+15550100100",
            ["Body"] = "hello",
        });

        using var response = await host.Http.PostAsync(
            "/twilio/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20003, error.GetProperty("code").GetInt32());
    }
}
