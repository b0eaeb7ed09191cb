using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>
/// Twilio's Messages API played by a real HTTP server on loopback. It answers like Twilio
/// (201 with a JSON message carrying an SM sid), records every request, and can be told to
/// fail the next calls with a status, a Twilio error code, or silence.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Scripted> script = new();

    public FakeTwilioApi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", HandleAsync);
    }

    public string BaseUrl => app.Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.Single();

    /// <summary>Every accepted message, in order.</summary>
    public ConcurrentQueue<SentSms> Sent { get; } = new();

    /// <summary>Every request, accepted or not.</summary>
    public int Requests => requests;

    private int requests;

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var fake = new FakeTwilioApi();
        await fake.app.StartAsync();
        return fake;
    }

    public void FailNext(int status, int code = 0) => script.Enqueue(new Scripted(status, code, null));

    public void HangNext(TimeSpan delay) => script.Enqueue(new Scripted(0, 0, delay));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpRequest request, string accountSid)
    {
        Interlocked.Increment(ref requests);
        var form = await request.ReadFormAsync();
        if (script.TryDequeue(out var next))
        {
            if (next.Hang is { } hang)
            {
                await Task.Delay(hang);
            }
            else
            {
                return Results.Json(
                    new { code = next.Code, message = "scripted failure", more_info = "", status = next.Status },
                    statusCode: next.Status);
            }
        }

        var sid = "SM" + Guid.NewGuid().ToString("N");
        Sent.Enqueue(new SentSms(sid, form["To"].ToString(), form["From"].ToString(), form["Body"].ToString(),
            request.Headers.Authorization.ToString()));
        return Results.Json(
            new { sid, account_sid = accountSid, to = form["To"].ToString(), body = form["Body"].ToString(),
                status = "queued", num_segments = "1", direction = "outbound-api", api_version = "2010-04-01" },
            statusCode: StatusCodes.Status201Created);
    }

    private sealed record Scripted(int Status, int Code, TimeSpan? Hang);
}

public sealed record SentSms(string Sid, string To, string From, string Body, string Authorization);
