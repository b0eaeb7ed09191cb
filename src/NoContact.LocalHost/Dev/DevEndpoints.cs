using Microsoft.Extensions.Options;
using NodaTime;
using NoContact.Functions.Hosting;
using NoContact.LocalHost.Functions;
using NoContact.LocalHost.Storage;
using NoContact.LocalHost.Twilio;

namespace NoContact.LocalHost.Dev;

/// <summary>A phone's text for <c>POST /dev/send</c>; <c>To</c> defaults to the app's number.</summary>
public sealed record SendRequest(string From, string Body, string? To);

/// <summary>The demo and test endpoints under <c>/dev</c>: the message log, the clock, sending texts.</summary>
public static class DevEndpoints
{
    public static IEndpointRouteBuilder MapDevEndpoints(this IEndpointRouteBuilder app)
    {
        var dev = app.MapGroup("/dev");
        dev.MapGet("/messages", (MessageLog log, long? after) => log.Since(after ?? 0));
        dev.MapPost("/send", SendAsync);
        dev.MapGet("/clock", Clock);
        dev.MapPost("/clock", MoveClock);
        dev.MapGet("/status", Status);
        PhonePage.Map(dev);
        return app;
    }

    private static async Task<IResult> SendAsync(
        SendRequest send, PhoneSimulator phones, IOptions<TwilioOptions> twilio, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(send.From) || send.Body is null)
        {
            return Results.Problem(statusCode: 400, detail: "Give from (a phone number) and body.");
        }

        var to = string.IsNullOrWhiteSpace(send.To) ? twilio.Value.FromNumber ?? "" : send.To;
        return Results.Ok(await phones.SendAsync(send.From.Trim(), to, send.Body, cancellationToken));
    }

    private static object Clock(DemoClock clock, IOptions<NoContactOptions> options)
    {
        var now = clock.GetUtcNow();
        var zone = options.Value.DefaultZone;
        var local = Instant.FromDateTimeOffset(now).InZone(zone);
        return new
        {
            utc = now,
            local = local.ToDateTimeOffset(),
            timeZone = zone.Id,
            display = local.ToString("ddd d MMM yyyy HH:mm:ss", null),
            offsetFromReal = clock.Offset.ToString(),
        };
    }

    private static IResult MoveClock(ClockRequest move, DemoClock clock, IOptions<NoContactOptions> options)
    {
        try
        {
            clock.MoveTo(move.Target(clock.GetUtcNow(), options.Value.DefaultZone));
            return Results.Ok(Clock(clock, options));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
        {
            return Results.Problem(statusCode: 400, detail: e.Message);
        }
    }

    private static object Status(
        FunctionCatalog catalog, AzuriteLauncher azurite, DemoClock clock,
        IOptions<NoContactOptions> options, IOptions<TwilioOptions> twilio) => new
        {
            clock = Clock(clock, options),
            appNumber = twilio.Value.FromNumber,
            functions = catalog.All.Select(f => f switch
            {
                HttpFunction http =>
                    new { name = f.Name, trigger = "http", detail = $"{Methods(http)} /api/{http.Route}" },
                TimerFunction timer => new { name = f.Name, trigger = "timer", detail = timer.Schedule },
                _ => new { name = f.Name, trigger = "other", detail = "" },
            }),
            azurite = new { state = azurite.State.ToString(), pid = azurite.ProcessId },
        };

    private static string Methods(HttpFunction http) =>
        http.Methods.Length == 0 ? "ANY" : string.Join(',', http.Methods);
}
