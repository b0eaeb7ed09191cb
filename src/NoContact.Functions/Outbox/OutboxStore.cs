using Azure;
using Azure.Data.Tables;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Outbox;

/// <summary>The queue of outgoing SMS in Table Storage.</summary>
public sealed class OutboxStore(NoContactTables tables, TimeProvider time)
{
    /// <summary>Queues a message; a message with the same id is queued once. False if it already was.</summary>
    public async Task<bool> EnqueueAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        var row = new OutboxRow
        {
            PartitionKey = OutboxState.Pending,
            RowKey = sms.Id,
            To = sms.To,
            Body = sms.Body,
            Kind = sms.Kind,
            UserId = sms.UserId,
            NotBefore = sms.NotBefore,
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            await tables.Outbox.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
        {
            return false;
        }
    }

    /// <summary>Drops the pending messages of the given kinds to one number about one user.</summary>
    public async Task CancelPendingAsync(
        string to, string userId, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {OutboxState.Pending} and To eq {to} and UserId eq {userId}");
        await foreach (var row in tables.Outbox.QueryAsync<OutboxRow>(filter, cancellationToken: cancellationToken))
        {
            if (kinds.Contains(row.Kind))
            {
                await tables.Outbox.DeleteIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken);
            }
        }
    }

    public AsyncPageable<OutboxRow> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        tables.Outbox.QueryAsync<OutboxRow>(
            r => r.PartitionKey == OutboxState.Pending && r.NotBefore <= now,
            cancellationToken: cancellationToken);

    /// <summary>Leases a due message for this dispatcher; false if another one got it first.</summary>
    public Task<bool> TryLeaseAsync(OutboxRow row, TimeSpan lease, CancellationToken cancellationToken)
    {
        row.NotBefore = time.GetUtcNow() + lease;
        return tables.Outbox.TryReplaceAsync(row, cancellationToken);
    }

    /// <summary>Puts a message back to wait, without counting an attempt.</summary>
    public Task HoldUntilAsync(OutboxRow row, DateTimeOffset until, CancellationToken cancellationToken)
    {
        row.NotBefore = until;
        return tables.Outbox.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    public Task RetryLaterAsync(OutboxRow row, TimeSpan delay, string error, CancellationToken cancellationToken)
    {
        row.Attempts++;
        row.NotBefore = time.GetUtcNow() + delay;
        row.Error = error;
        return tables.Outbox.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    public Task MarkSentAsync(OutboxRow row, string twilioSid, CancellationToken cancellationToken)
    {
        row.TwilioSid = twilioSid;
        row.Body = null;
        return FinishAsync(row, OutboxState.Sent, cancellationToken);
    }

    public Task MarkFailedAsync(OutboxRow row, string error, CancellationToken cancellationToken)
    {
        row.Error = error;
        row.Body = null;
        return FinishAsync(row, OutboxState.Failed, cancellationToken);
    }

    // Partitions cannot share a transaction: write the final row first, so a crash in between
    // leaves a duplicate record, never a lost one.
    private async Task FinishAsync(OutboxRow row, string state, CancellationToken cancellationToken)
    {
        var pendingETag = row.ETag;
        row.Attempts++;
        row.FinishedAt = time.GetUtcNow();
        row.PartitionKey = state;
        await tables.Outbox.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        await tables.Outbox.DeleteIfUnchangedAsync(
            new OutboxRow { PartitionKey = OutboxState.Pending, RowKey = row.RowKey, ETag = pendingETag },
            cancellationToken);
    }
}
