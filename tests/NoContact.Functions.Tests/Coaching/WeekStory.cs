using System.Globalization;
using System.Text;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Coaching;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

/// <summary>Plays texts into the app on a fake clock and writes down every SMS either way, in local time.</summary>
public sealed class WeekStory(TestApp app, DateTimeZone zone, IReadOnlyDictionary<string, string> names)
{
    private readonly List<(DateTimeOffset At, int Order, string Line)> lines = [];

    /// <summary>Runs the timers up to <paramref name="at"/>, then sends the text, as the phone would.</summary>
    public async Task TextAsync(LocalDateTime at, string from, string body)
    {
        await RunUntilAsync(zone.AtStrictly(at).ToDateTimeOffset());
        var replies = await app.TextForMessagesAsync(from, body);
        var now = app.Clock.GetUtcNow();
        lines.Add((now, lines.Count, $"{names[from]} texts: `{body}`"));
        lines.AddRange(replies.Select(reply => (now, lines.Count, $"NoContact to {names[from]}: {reply}")));

        // The outbox timer runs every minute, so anything queued now goes out now.
        await app.RunTimersOnceAsync();
    }

    /// <summary>
    /// Moves the clock from one due row to the next, so every message goes out at the minute the
    /// every-minute timers would send it, without running them for every minute of a week.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset until)
    {
        while (app.Clock.GetUtcNow() < until)
        {
            var now = app.Clock.GetUtcNow();
            var next = (await NextDueAsync()).Where(t => t > now).DefaultIfEmpty(until).Min();
            app.Clock.SetUtcNow(next < until ? next : until);
            await app.RunTimersOnceAsync();
        }
    }

    private async Task<List<DateTimeOffset>> NextDueAsync()
    {
        var due = new List<DateTimeOffset>();
        await foreach (var row in app.Tables.Agenda.QueryAsync<AgendaRow>())
        {
            due.Add(row.Occurrence);
        }

        await foreach (var row in app.Tables.CheckIns.QueryAsync<CheckInRow>())
        {
            due.Add(row.Occurrence);
        }

        due.AddRange((await app.OutboxAsync(OutboxState.Pending)).Select(r => r.NotBefore));
        return due;
    }

    /// <summary>The week as Markdown: a heading per local day, one line per SMS.</summary>
    public async Task<string> ToMarkdownAsync(string title)
    {
        var sent = (await app.DeliveredAsync())
            .Select(d => (d.At, Order: int.MaxValue, Line: $"NoContact to {names[d.To]}: {d.Body}"));
        var story = new StringBuilder($"# {title}\n");
        LocalDate? day = null;
        foreach (var (at, _, line) in lines.Concat(sent).OrderBy(l => l.At).ThenBy(l => l.Order))
        {
            var local = Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime;
            if (local.Date != day)
            {
                day = local.Date;
                story.Append(CultureInfo.InvariantCulture, $"\n## {local.Date:dddd d MMMM}\n\n");
            }

            story.Append(CultureInfo.InvariantCulture, $"- {local:HH:mm} {line.Replace("\n", " ")}\n");
        }

        return story.ToString();
    }
}
