using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;

namespace NoContact.Functions.Tests.Hosting;

/// <summary>A wrong or missing setting stops the start with a message that names it.</summary>
public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["Twilio:AccountSid"] = "AC" + new string('0', 32),
        ["Twilio:AuthToken"] = "token",
        ["Twilio:FromNumber"] = "+15550100100",
        ["Twilio:WebhookBaseUrl"] = "https://example.net",
    };

    [Theory]
    [InlineData("Twilio:AuthToken", "", "AuthToken")]
    [InlineData("Twilio:WebhookBaseUrl", "not a url", "WebhookBaseUrl")]
    [InlineData("Twilio:FromNumber", "", "FromNumber")]
    [InlineData("NoContact:DefaultTimeZone", "Mars/Olympus", "DefaultTimeZone")]
    [InlineData("NoContact:CheckInTime", "25:99", "CheckInTime")]
    [InlineData("NoContact:TablePrefix", "1-bad", "TablePrefix")]
    public async Task BadSettingStopsTheStartAndIsNamed(string key, string value, string named)
    {
        using var host = Build(new Dictionary<string, string?>(Valid) { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void ValidSettingsResolveEveryService()
    {
        using var host = Build(Valid);

        Assert.NotNull(host.Services.GetRequiredService<IOptions<TwilioOptions>>().Value);
        Assert.NotNull(host.Services.GetRequiredService<Functions.Conversation.ConversationRouter>());
        Assert.NotNull(host.Services.GetRequiredService<Functions.Outbox.Dispatcher>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNoContact(builder.Configuration);

        // Start only validates options: leave out the table set-up, which needs a storage account.
        var tableSetup = builder.Services.Single(d => d.ImplementationType?.Name == "TableSetup");
        builder.Services.Remove(tableSetup);
        return builder.Build();
    }
}
