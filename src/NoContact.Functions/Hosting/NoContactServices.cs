using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Coaching;
using NoContact.Functions.Conversation;
using NoContact.Functions.Inbound;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using Twilio.Clients;
using Twilio.Http;

namespace NoContact.Functions.Hosting;

/// <summary>The app's services, shared by the Azure Functions host and the local host.</summary>
public static class NoContactServices
{
    public const string TwilioHttpClient = "twilio";

    public static IServiceCollection AddNoContact(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NoContactOptions>().BindConfiguration(NoContactOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        services.AddStorage(configuration);
        services.AddTwilio();

        services.AddSingleton<TwilioSignature>();
        services.AddSingleton<InboundLedger>();
        services.AddSingleton<ConversationRouter>();
        services.AddSingleton<Enrollment>();
        services.AddSingleton<UserSettings>();
        services.AddSingleton<Erasure>();
        services.AddSingleton<SlipLog>();
        services.AddSingleton<PartnerLinks>();
        services.AddSingleton<PartnerStore>();
        services.AddSingleton<OptOuts>();
        services.AddSingleton<CheckInPlanner>();
        services.AddSingleton<Dispatcher>();
        services.AddSingleton<OutboxRetention>();
        services.AddCoaching();
        return services;
    }

    private static void AddCoaching(this IServiceCollection services)
    {
        services.AddSingleton<Agenda>();
        services.AddSingleton<SlipHistory>();
        services.AddSingleton<SlipAftercare>();
        services.AddSingleton<CoachingCommands>();
        services.AddSingleton<Urges>();
        services.AddSingleton<Wins>();
        services.AddSingleton<Reasons>();
        services.AddSingleton<AlertSettings>();
        services.AddAgendaHandler<FollowUps>();
        services.AddAgendaHandler<MilestoneMessages>();
        services.AddAgendaHandler<RiskyDateNotes>();
        services.AddAgendaHandler<PatternNotes>();
        services.AddAgendaHandler<PartnerAlerts>();
    }

    private static void AddAgendaHandler<T>(this IServiceCollection services) where T : class, IAgendaHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<IAgendaHandler>(sp => sp.GetRequiredService<T>());
    }

    private static void AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => StorageConnection.CreateTableServiceClient(configuration));
        services.AddSingleton<NoContactTables>();
        services.AddSingleton<Contacts>();
        services.AddSingleton<OutboxStore>();
        services.AddHostedService<TableSetup>();
    }

    private static void AddTwilio(this IServiceCollection services)
    {
        services.AddTransient<TwilioApiBaseUrlHandler>();
        services.AddHttpClient(TwilioHttpClient, (sp, client) => client.Timeout =
                TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TwilioOptions>>().Value.TimeoutSeconds))
            .AddHttpMessageHandler<TwilioApiBaseUrlHandler>();
        services.AddSingleton<ITwilioRestClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioHttpClient);
            return new TwilioRestClient(
                options.AccountSid, options.AuthToken, httpClient: new SystemNetHttpClient(http));
        });
        services.AddSingleton<ISmsSender, TwilioSmsSender>();
    }

    /// <summary>Creates the tables once at start-up, so no request pays for it.</summary>
    private sealed class TableSetup(NoContactTables tables) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => tables.EnsureCreatedAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
