using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Hosting;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Outbox;

/// <summary>
/// Sends every due message once: leases it, checks the recipient still wants texts, sends, and
/// records the outcome. Passing failures wait with exponential backoff; permanent ones stop.
/// </summary>
public sealed partial class Dispatcher(
    OutboxStore outbox,
    Contacts contacts,
    ISmsSender sender,
    IOptions<NoContactOptions> options,
    TimeProvider time,
    ILogger<Dispatcher> logger)
{
    // Texts the person did not ask for at that moment: they wait out the night and a PAUSE.
    private static readonly HashSet<string> Unprompted = [OutboxKind.FollowUp, OutboxKind.Coaching];

    // Long enough for one send; a dispatcher that dies mid-send frees the message after this.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    /// <summary>About a day of retries before a message is given up on, and recorded as failed.</summary>
    public const int MaxAttempts = 30;

    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var summary = new DispatchSummary();

        // Row keys are ids, not times: sort so one person's texts arrive in the order they were queued.
        var due = await outbox.DueAsync(time.GetUtcNow(), cancellationToken).ToListAsync(cancellationToken);
        foreach (var row in due.OrderBy(r => r.CreatedAt).ThenBy(r => r.RowKey, StringComparer.Ordinal))
        {
            if (!await outbox.TryLeaseAsync(row, Lease, cancellationToken))
            {
                continue;
            }

            // One bad row must not hold back the rest; its lease runs out and it is tried again.
            try
            {
                summary.Count(await DispatchOneAsync(row, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRowFailed(logger, e, row.Id);
            }
        }

        LogRun(logger, summary.Sent, summary.Retrying, summary.Failed);
        return summary;
    }

    private async Task<SendResult> DispatchOneAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var recipient = await contacts.FindAsync(row.To, cancellationToken);
        if (recipient?.OptedOut == true)
        {
            return await FailAsync(row, "recipient opted out", cancellationToken);
        }

        if (Unprompted.Contains(row.Kind) && recipient is not null)
        {
            var now = time.GetUtcNow();
            if (recipient.PausedUntil > now)
            {
                return await FailAsync(row, "recipient paused", cancellationToken);
            }

            var zone = options.Value.ZoneOf(recipient.TimeZone);
            var morning = FollowUpPlan.OutOfNight(Instant.FromDateTimeOffset(now), zone).ToDateTimeOffset();
            if (morning > now)
            {
                await outbox.HoldUntilAsync(row, morning, cancellationToken);
                return new SendResult.RetryLater("night");
            }
        }

        var result = await sender.SendAsync(row.To, row.Body ?? "", cancellationToken);
        switch (result)
        {
            case SendResult.Sent sent:
                await outbox.MarkSentAsync(row, sent.Sid, cancellationToken);
                LogSent(logger, row.Id, row.Kind, row.UserId, sent.Sid);
                return result;
            case SendResult.RetryLater retry when row.Attempts + 1 < MaxAttempts:
                var delay = Backoff(row.Attempts);
                await outbox.RetryLaterAsync(row, delay, retry.Reason, cancellationToken);
                LogRetry(logger, row.Id, row.Kind, row.UserId, retry.Reason, delay);
                return result;
            default:
                var reason = result is SendResult.Failed failed ? failed.Reason : "gave up after retries";
                await outbox.MarkFailedAsync(row, reason, cancellationToken);
                LogFailed(logger, row.Id, row.Kind, row.UserId, reason);
                return new SendResult.Failed(reason);
        }
    }

    private async Task<SendResult> FailAsync(OutboxRow row, string reason, CancellationToken cancellationToken)
    {
        await outbox.MarkFailedAsync(row, reason, cancellationToken);
        LogFailed(logger, row.Id, row.Kind, row.UserId, reason);
        return new SendResult.Failed(reason);
    }

    /// <summary>1, 2, 4 ... minutes, at most an hour, with a little jitter so retries spread out.</summary>
    public static TimeSpan Backoff(int attemptsSoFar)
    {
        var exponential = FirstRetry * Math.Pow(2, Math.Min(attemptsSoFar, 10));
        var capped = exponential < LongestRetry ? exponential : LongestRetry;
        return capped * (0.9 + Random.Shared.NextDouble() * 0.2);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Outbox run: {Sent} sent, {Retrying} to retry, {Failed} failed")]
    private static partial void LogRun(ILogger logger, int sent, int retrying, int failed);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Dispatch of {MessageId} failed; retried later")]
    private static partial void LogRowFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Sent {MessageId} ({Kind}) for user {UserId} as {TwilioSid}")]
    private static partial void LogSent(ILogger logger, string messageId, string kind, string userId, string twilioSid);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Send of {MessageId} ({Kind}) for user {UserId} failed for now ({Reason}); retry in {Delay}")]
    private static partial void LogRetry(
        ILogger logger, string messageId, string kind, string userId, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Send of {MessageId} ({Kind}) for user {UserId} failed for good: {Reason}")]
    private static partial void LogFailed(ILogger logger, string messageId, string kind, string userId, string reason);
}

/// <summary>Counts of one dispatcher run.</summary>
public sealed class DispatchSummary
{
    public int Sent { get; private set; }
    public int Retrying { get; private set; }
    public int Failed { get; private set; }

    public void Count(SendResult result)
    {
        switch (result)
        {
            case SendResult.Sent: Sent++; break;
            case SendResult.RetryLater: Retrying++; break;
            default: Failed++; break;
        }
    }
}
