using NoContact.LocalHost.Dev;
using NoContact.LocalHost.Twilio;
using NoContact.LocalHost.Tests.Infrastructure;

namespace NoContact.LocalHost.Tests;

/// <summary>The whole story over real HTTP: signed webhooks, Azurite, timers, the stand-in Twilio.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class StoryEndToEndTests(LocalHostFixture host)
{
    [Fact]
    public async Task PartnerGetsTheSlipAlertOnceTheDispatcherRuns()
    {
        var user = LocalHostFixture.NewPhone();
        var partner = LocalHostFixture.NewPhone();

        Assert.Contains("Welcome", Single(await host.TextAsync(user, "JOIN")));
        await host.TextAsync(user, "NAME Sam");
        Assert.Contains("Invite sent", Single(await host.TextAsync(user, $"PARTNER {partner}")));
        await host.RunFunctionAsync("DispatchOutbox");
        Assert.Contains("Sam", Single(await host.TextAsync(partner, "YES")));
        Assert.Contains("Logged", Single(await host.TextAsync(user, "SLIP saw her story")));
        await host.RunFunctionAsync("DispatchOutbox");

        var toPartner = await host.MessagesToAsync(partner);
        Assert.Equal(Via.Api, toPartner[0].Via);
        Assert.Contains("asked you to be their no-contact partner", toPartner[0].Body);
        var alert = Assert.Single(toPartner, m => m.Body.Contains("logged a slip"));
        Assert.Equal(Via.Api, alert.Via);
        Assert.StartsWith("Sam logged a slip", alert.Body);
        Assert.DoesNotContain("saw her story", alert.Body);
        Assert.Matches("^SM[0-9a-f]{32}$", alert.Sid);
    }

    [Fact]
    public async Task CheckInArrivesOnceWhenTheClockReachesFriday2300InNewYork()
    {
        var user = LocalHostFixture.NewPhone();

        // From a Thursday, the next default check-in (Fri, Sat, Sun at 23:00) is Friday's.
        await host.MoveClockAsync(new { next = "Thu 12:00" });
        await host.TextAsync(user, "JOIN");
        await host.MoveClockAsync(new { next = "Fri 23:00" });
        await host.RunFunctionAsync("CheckIns");
        await host.RunFunctionAsync("DispatchOutbox");
        await host.RunFunctionAsync("CheckIns");
        await host.RunFunctionAsync("DispatchOutbox");

        var checkIn = Assert.Single(await host.MessagesToAsync(user), m => m.Via == Via.Api);
        Assert.Contains("check-in", checkIn.Body);
        var local = TimeZoneInfo.ConvertTime(checkIn.Time, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal((DayOfWeek.Friday, 23), (local.DayOfWeek, local.Hour));
    }

    [Fact]
    public async Task WebhookWithoutTwilioSignatureIsRefused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["From"] = LocalHostFixture.NewPhone(),
            ["Body"] = "JOIN",
            ["MessageSid"] = "SM" + new string('0', 32),
        });

        using var response = await host.Http.PostAsync("/api/sms/inbound", form);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Single(SendOutcome outcome)
    {
        Assert.Equal(200, outcome.Status);
        return Assert.Single(outcome.Replies);
    }
}
