using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NoContact.Functions.Hosting;
using NoContact.Functions.Inbound;
using NoContact.LocalHost.Dev;
using NoContact.LocalHost.Functions;
using NoContact.LocalHost.Settings;
using NoContact.LocalHost.Storage;
using NoContact.LocalHost.Twilio;

namespace NoContact.LocalHost;

/// <summary>
/// Builds the local host: the function app's own services and functions on Kestrel, with Azurite,
/// a stand-in Twilio, a demo clock and the phone page around them.
/// </summary>
public static class LocalHostApp
{
    /// <param name="args">Command-line arguments; they override every other setting.</param>
    /// <param name="overrides">Settings that win over the settings files and environment (tests).</param>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var repoRoot = RepoRoot.Find(builder.Configuration[$"{LocalHostOptions.Section}:RepoRoot"]);

        // Same order of precedence as the Functions host: settings files, then environment, then arguments.
        builder.Configuration.AddLocalSettings(repoRoot).AddEnvironmentVariables().AddCommandLine(args);
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());

        var options = builder.Configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new();
        var listen = options.ListenUri();
        EnsurePortFree(listen);
        builder.WebHost.UseUrls(listen.GetLeftPart(UriPartial.Authority));

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Services.AddLocalHost(builder.Configuration, repoRoot);
        var app = builder.Build();
        app.MapFunctions(app.Services.GetRequiredService<FunctionCatalog>());
        app.MapTwilioStandIn();
        app.MapDevEndpoints();
        app.MapGet("/", () => Results.Redirect("/dev/"));
        return app;
    }

    private static void AddLocalHost(this IServiceCollection services, IConfiguration configuration, string repoRoot)
    {
        services.AddSingleton(new RepoRootPath(repoRoot));
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.Section);

        // Registered before the app's services, so Azurite is up before their table set-up runs.
        services.AddSingleton<AzuriteLauncher>();
        services.AddHostedService(sp => sp.GetRequiredService<AzuriteLauncher>());

        services.AddNoContact(configuration);
        services.AddSingleton(new DemoClock(TimeProvider.System));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<DemoClock>()));

        // ObjectResult and friends need MVC's result executors and formatters, not controllers.
        services.AddMvcCore();
        services.AddSingleton(FunctionCatalog.Discover(typeof(SmsInbound).Assembly, configuration));
        services.AddSingleton<FunctionRunner>();
        services.AddHostedService<TimerSchedules>();

        services.AddSingleton<MessageLog>();
        services.AddSingleton<PhoneSimulator>();
        services.AddHttpClient(nameof(PhoneSimulator));
    }

    // Kestrel's own error for a taken port is a bare socket error; say what it most likely means.
    private static void EnsurePortFree(Uri listen)
    {
        if (listen.Port == 0)
        {
            return;
        }

        try
        {
            var address = listen.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(listen.Host);
            using var probe = new TcpListener(address, listen.Port);
            probe.Start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new PortInUseException(listen);
        }
    }
}

/// <summary>The host's address is taken, most likely by a local host that is already running.</summary>
public sealed class PortInUseException(Uri address) : Exception(
    $"{address.GetLeftPart(UriPartial.Authority)} is already in use. Is the local host already running? "
    + $"Its phone page would be at {address.GetLeftPart(UriPartial.Authority)}/dev/ ; "
    + "stop it first, or set LocalHost__Url to another loopback port.");
