using NoContact.Functions.Coaching;
using NoContact.Functions.Outbox;
using NodaTime;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>An SMS that reached the fake Twilio: when, to whom, why, and what it said.</summary>
public sealed record Delivered(DateTimeOffset At, string To, string Kind, string Id, string Body)
{
    public LocalDateTime LocalAt(DateTimeZone zone) => Instant.FromDateTimeOffset(At).InZone(zone).LocalDateTime;
}

/// <summary>Runs the app's timers as the host would, with the fake clock moved in steps.</summary>
public static class Timers
{
    public static async Task RunTimersUntilAsync(this TestApp app, DateTimeOffset until, TimeSpan step)
    {
        while (app.Clock.GetUtcNow() < until)
        {
            var next = app.Clock.GetUtcNow() + step;
            app.Clock.SetUtcNow(next < until ? next : until);
            await app.RunTimersOnceAsync();
        }
    }

    public static async Task RunTimersOnceAsync(this TestApp app)
    {
        await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await app.Get<Agenda>().RunDueAsync(app.Clock.GetUtcNow(), CancellationToken.None);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>Every SMS sent so far, oldest first, with its body as Twilio received it.</summary>
    public static async Task<List<Delivered>> DeliveredAsync(this TestApp app)
    {
        var bodies = app.Twilio.Sent.ToDictionary(s => s.Sid, s => s.Body);
        return (await app.OutboxAsync(OutboxState.Sent))
            .Select(r => new Delivered(r.FinishedAt!.Value, r.To, r.Kind, r.Id, bodies[r.TwilioSid!]))
            .OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<List<Delivered>> DeliveredAsync(this TestApp app, string to, string kind) =>
        (await app.DeliveredAsync()).Where(d => d.To == to && d.Kind == kind).ToList();
}
