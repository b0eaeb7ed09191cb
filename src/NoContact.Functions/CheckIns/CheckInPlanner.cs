using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Coaching;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.CheckIns;

/// <summary>
/// Keeps one row per user for their next check-in and turns due rows into queued SMS.
/// A row is checked against the user's current settings when it falls due, so a changed or
/// cancelled schedule needs no clean-up: a row that no longer fits is dropped then.
/// </summary>
public sealed partial class CheckInPlanner(
    NoContactTables tables,
    Contacts contacts,
    OutboxStore outbox,
    IOptions<NoContactOptions> options,
    TimeProvider time,
    ILogger<CheckInPlanner> logger)
{
    // A run that was missed by this much still sends; later than that the moment has passed.
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    public CheckInSchedule ScheduleOf(ContactRow contact) => CheckInSchedule.Parse(
        contact.CheckInDays ?? options.Value.CheckInDays, contact.CheckInTime ?? options.Value.CheckInTime);

    public DateTimeZone ZoneOf(ContactRow contact) => options.Value.ZoneOf(contact.TimeZone);

    /// <summary>Adds the row for the contact's next check-in after now, if they get check-ins.</summary>
    public Task PlanNextAsync(ContactRow contact, CancellationToken cancellationToken) =>
        PlanAfterAsync(contact, time.GetUtcNow(), cancellationToken);

    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = tables.CheckIns.QueryAsync<CheckInRow>(
            r => r.PartitionKey == CheckInRow.Due && r.RowKey.CompareTo(CheckInRow.KeyAfter(now)) < 0,
            cancellationToken: cancellationToken);

        var queued = 0;
        await foreach (var row in due)
        {
            // One bad row must not hold back everyone else's check-in; it is tried again next run.
            try
            {
                queued += await HandleDueAsync(row, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRowFailed(logger, e, row.RowKey);
            }
        }

        LogRun(logger, queued);
        return queued;
    }

    private async Task<bool> HandleDueAsync(CheckInRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(row.Phone, cancellationToken);
        if (contact is null || !Fits(row, contact))
        {
            await tables.CheckIns.DeleteIfUnchangedAsync(row, cancellationToken);
            return false;
        }

        // Claiming the row is what makes the check-in count once: a second run for the same
        // minute loses this race and queues nothing.
        row.ClaimedAt = now;
        if (!await tables.CheckIns.TryReplaceAsync(row, cancellationToken))
        {
            return false;
        }

        // A pause skips occurrences but keeps the schedule rolling, so check-ins return by themselves.
        var wanted = now - row.Occurrence <= Grace && !(contact.PausedUntil > row.Occurrence);
        var queued = wanted && await outbox.EnqueueAsync(CheckInMessage(row, contact), cancellationToken);
        await tables.CheckIns.DeleteIfUnchangedAsync(row, cancellationToken);
        // Plan from an hour back, so that after a long outage an occurrence still within grace is sent.
        var from = now - Grace > row.Occurrence ? now - Grace : row.Occurrence;
        await PlanAfterAsync(contact, from, cancellationToken);
        return queued;
    }

    private bool Fits(CheckInRow row, ContactRow contact) =>
        contact is { Enrolled: true, OptedOut: false, CheckInsOn: true }
        && contact.UserId == row.UserId
        && ScheduleOf(contact).Includes(Instant.FromDateTimeOffset(row.Occurrence), ZoneOf(contact));

    private async Task PlanAfterAsync(ContactRow contact, DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (contact is not { Enrolled: true, OptedOut: false, CheckInsOn: true })
        {
            return;
        }

        var next = ScheduleOf(contact).NextAfter(Instant.FromDateTimeOffset(after), ZoneOf(contact));
        if (next is null)
        {
            return;
        }

        var occurrence = next.Value.ToDateTimeOffset();
        var row = new CheckInRow
        {
            PartitionKey = CheckInRow.Due,
            RowKey = CheckInRow.KeyFor(occurrence, contact.UserId),
            Phone = contact.Phone,
            UserId = contact.UserId,
            Occurrence = occurrence,
        };
        await tables.CheckIns.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private static OutgoingSms CheckInMessage(CheckInRow row, ContactRow contact) => new(
        Id: $"checkin-{row.UserId}-{row.Occurrence.UtcTicks}",
        To: row.Phone,
        Body: Reasons.CheckInBody(contact, row.Occurrence),
        Kind: OutboxKind.CheckIn,
        UserId: row.UserId,
        NotBefore: row.Occurrence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
        Message = "Check-in row {RowKey} failed; retried next run")]
    private static partial void LogRowFailed(ILogger logger, Exception exception, string rowKey);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Check-in run: {Queued} queued")]
    private static partial void LogRun(ILogger logger, int queued);
}
