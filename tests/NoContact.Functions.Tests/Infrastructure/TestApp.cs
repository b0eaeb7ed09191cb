using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Hosting;
using NoContact.Functions.Inbound;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>
/// The app's real service registration over a real Azurite and a fake Twilio on loopback, with
/// tables of its own and a clock the test moves.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string WebhookBaseUrl = "https://NoContact-Test.example.net";
    public const string OurNumber = "+15550100100";

    private readonly ServiceProvider services;

    private TestApp(
        ServiceProvider services, FakeTwilioApi twilio, FakeTimeProvider clock, CapturingLoggerProvider logs,
        RequestCounter storageRequests)
    {
        this.services = services;
        Twilio = twilio;
        Clock = clock;
        Logs = logs;
        StorageRequests = storageRequests;
    }

    public FakeTwilioApi Twilio { get; }
    public FakeTimeProvider Clock { get; }
    public CapturingLoggerProvider Logs { get; }
    public RequestCounter StorageRequests { get; }

    public NoContactTables Tables => services.GetRequiredService<NoContactTables>();
    public SmsInbound Webhook => Create<SmsInbound>();
    public Dispatcher Dispatcher => services.GetRequiredService<Dispatcher>();
    public CheckInPlanner CheckIns => services.GetRequiredService<CheckInPlanner>();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>A function class built by DI, as the Functions host builds it for each run.</summary>
    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(services);

    public static async Task<TestApp> StartAsync(
        Azurite azurite, DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var twilio = await FakeTwilioApi.StartAsync();
        var clock = new FakeTimeProvider(now);
        var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(DefaultSettings(azurite, twilio))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var collection = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddSingleton<IConfiguration>(configuration)
            .AddNoContact(configuration);
        collection.AddSingleton<TimeProvider>(clock);

        var counter = new RequestCounter();
        collection.AddSingleton(_ => CountingClient(azurite, counter));
        var built = new TestApp(collection.BuildServiceProvider(validateScopes: true), twilio, clock, logs, counter);
        await built.Tables.EnsureCreatedAsync(CancellationToken.None);
        return built;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in Tables.All)
        {
            await table.DeleteAsync();
        }

        await services.DisposeAsync();
        await Twilio.DisposeAsync();
    }

    private static Dictionary<string, string?> DefaultSettings(Azurite azurite, FakeTwilioApi twilio) => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["Twilio:AccountSid"] = "AC" + new string('0', 32),
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:FromNumber"] = OurNumber,
        ["Twilio:WebhookBaseUrl"] = WebhookBaseUrl,
        ["Twilio:ApiBaseUrl"] = twilio.BaseUrl,
        ["Twilio:TimeoutSeconds"] = "2",
        ["NoContact:TablePrefix"] = "t" + Guid.NewGuid().ToString("N")[..12],
    };

    private static TableServiceClient CountingClient(Azurite azurite, RequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return new TableServiceClient(azurite.ConnectionString, options);
    }
}
