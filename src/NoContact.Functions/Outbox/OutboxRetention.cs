using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Outbox;

/// <summary>
/// Keeps the record of sent and failed messages (number, kind, Twilio SID; never the text) for
/// <see cref="Keep"/>, long enough to answer "did my partner get it?", then deletes it.
/// </summary>
public sealed partial class OutboxRetention(NoContactTables tables, TimeProvider time, ILogger<OutboxRetention> logger)
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    /// <summary>Purges once an hour, on the dispatcher run in the hour's first minute.</summary>
    public bool IsDue => time.GetUtcNow().Minute == 0;

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Keep;
        var filter = TableClient.CreateQueryFilter(
            $"(PartitionKey eq {OutboxState.Sent} or PartitionKey eq {OutboxState.Failed}) and FinishedAt lt {cutoff}");
        var purged = 0;
        var rows = tables.Outbox.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            await tables.Outbox.DeleteIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken);
            purged++;
        }

        LogPurged(logger, purged);
        return purged;
    }

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information,
        Message = "Outbox retention: {Purged} sent or failed records older than 30 days deleted")]
    private static partial void LogPurged(ILogger logger, int purged);
}
