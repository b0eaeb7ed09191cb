using Microsoft.Azure.Functions.Worker;
using NoContact.LocalHost.Dev;
using NoContact.LocalHost.Settings;
using Microsoft.Extensions.Options;

namespace NoContact.LocalHost.Functions;

/// <summary>
/// Runs each timer function on its schedule, read against the app's clock (UTC, as in Azure).
/// When the clock jumps over several occurrences, the function runs once with
/// <see cref="TimerInfo.IsPastDue"/> set, as Azure does after a missed schedule; no catch-up burst.
/// </summary>
public sealed partial class TimerSchedules(
    FunctionCatalog catalog,
    FunctionRunner runner,
    DemoClock clock,
    IOptions<LocalHostOptions> options,
    ILogger<TimerSchedules> logger) : BackgroundService
{
    // A run this late or later counts as past due; real timers wake within milliseconds.
    private static readonly TimeSpan PastDueAfter = TimeSpan.FromSeconds(1);

    private DateTimeOffset startedAt;

    // Schedules count from the host's start, not from whenever the background loop gets a thread.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        startedAt = clock.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunTimers
            ? Task.WhenAll(catalog.Timers.Select(timer => KeepScheduleAsync(timer, stoppingToken)))
            : Task.CompletedTask;

    public static TimerInfo Info(TimerFunction timer, DateTimeOffset last, DateTimeOffset now, bool pastDue) => new()
    {
        IsPastDue = pastDue,
        ScheduleStatus = new ScheduleStatus
        {
            Last = last.UtcDateTime,
            Next = (timer.Cron.GetNextOccurrence(now, TimeZoneInfo.Utc) ?? now).UtcDateTime,
            LastUpdated = now.UtcDateTime,
        },
    };

    private async Task KeepScheduleAsync(TimerFunction timer, CancellationToken stoppingToken)
    {
        LogScheduled(logger, timer.Name, timer.Schedule);
        var last = startedAt;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = timer.Cron.GetNextOccurrence(last, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            try
            {
                await clock.WaitUntilAsync(next.Value, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = clock.GetUtcNow();
            await runner.RunTimerAsync(timer, Info(timer, last, now, now - next.Value >= PastDueAfter), stoppingToken);
            last = now;
        }
    }

    [LoggerMessage(EventId = 9201, Level = LogLevel.Information, Message = "Timer {Function} scheduled: {Schedule}")]
    private static partial void LogScheduled(ILogger logger, string function, string schedule);
}
