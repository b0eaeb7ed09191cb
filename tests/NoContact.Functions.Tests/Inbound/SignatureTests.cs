using Microsoft.AspNetCore.Mvc;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Inbound;

[Collection(StorageCollection.Name)]
public sealed class SignatureTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://NoContact-Test.example.net", "", "SLIP")]
    [InlineData("https://host.example.net:8443", "", "SLIP")]
    [InlineData("https://NoContact-Test.example.net", "", "SLIP couldn't stop – texted")]
    [InlineData("https://NoContact-Test.example.net", "?code=ab%2Bc%2F%3D%3D&z=1&a=2", "SLIP")]
    [InlineData("https://NoContact-Test.example.net/", "", "JOIN")]
    public async Task SignatureFromTwilioIsAccepted(string baseUrl, string query, string body)
    {
        await using var app = await TestApp.StartAsync(azurite, Now, new Dictionary<string, string?>
        {
            ["Twilio:WebhookBaseUrl"] = baseUrl,
        });
        var fields = Webhook.SmsFields(Conversations.User, body);
        var signature = Webhook.Sign(baseUrl.TrimEnd('/') + Webhook.Path + query, fields, TestApp.AuthToken);

        var result = await app.Webhook.RunAsync(Webhook.Request(fields, signature, query), CancellationToken.None);

        Assert.NotNull(Webhook.ReplyText(result));
    }

    [Fact]
    public async Task ChangedParameterIsRejectedAndNothingIsStored()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN");
        var signature = Webhook.Sign(TestApp.WebhookBaseUrl + Webhook.Path, fields, TestApp.AuthToken);
        fields["Body"] = "SLIP";

        var result = await app.Webhook.RunAsync(Webhook.Request(fields, signature), CancellationToken.None);

        AssertForbidden(result);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task MissingSignatureIsRejectedAndNothingIsStored()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);

        var result = await app.Webhook.RunAsync(
            Webhook.Request(Webhook.SmsFields(Conversations.User, "JOIN"), signature: null), CancellationToken.None);

        AssertForbidden(result);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task SignatureMadeWithAnotherTokenIsRejected()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN");
        var signature = Webhook.Sign(TestApp.WebhookBaseUrl + Webhook.Path, fields, "another-accounts-token");

        var result = await app.Webhook.RunAsync(Webhook.Request(fields, signature), CancellationToken.None);

        AssertForbidden(result);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task SignatureForTheUrlSeenBehindAProxyIsRejected()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN");
        var signature = Webhook.Sign("http://127.0.0.1:7071" + Webhook.Path, fields, TestApp.AuthToken);

        var result = await app.Webhook.RunAsync(Webhook.Request(fields, signature), CancellationToken.None);

        AssertForbidden(result);
    }

    [Fact]
    public async Task SignedRequestWithoutSenderIsABadRequest()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN");
        fields.Remove("From");

        var result = await app.Webhook.RunAsync(Webhook.Signed(fields), CancellationToken.None);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(400, problem.StatusCode);
        Assert.IsType<ProblemDetails>(problem.Value);
    }

    private static void AssertForbidden(IActionResult result)
    {
        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(403, problem.StatusCode);
        Assert.Equal(403, Assert.IsType<ProblemDetails>(problem.Value).Status);
    }

    private static async Task AssertNothingStoredAsync(TestApp app)
    {
        foreach (var table in app.Tables.All)
        {
            await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
            {
                Assert.Fail($"{table.Name} holds a row after a rejected webhook: {row.PartitionKey}/{row.RowKey}");
            }
        }

        Assert.Empty(app.Twilio.Sent);
    }
}
