using Azure;
using Azure.Data.Tables;

namespace NoContact.Functions.Storage;

/// <summary>
/// Writes that succeed only if the row is as it was read (its ETag): how two timer runs, or two
/// dispatchers, agree on which of them handles a row.
/// </summary>
public static class ConditionalWrites
{
    /// <summary>Replaces the row if unchanged and takes its new ETag; false if another writer was first.</summary>
    public static async Task<bool> TryReplaceAsync<T>(this TableClient table, T row, CancellationToken ct)
        where T : class, ITableEntity
    {
        try
        {
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsLostRace(e))
        {
            return false;
        }
    }

    /// <summary>Deletes the row whatever its state; one already gone is fine.</summary>
    public static async Task DeleteIfExistsAsync(
        this TableClient table, string partitionKey, string rowKey, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, ct);
        }
        catch (RequestFailedException e) when (StorageErrors.IsNotFound(e))
        {
        }
    }

    /// <summary>Deletes the row if unchanged; a row already changed or gone is left to its new owner.</summary>
    public static async Task DeleteIfUnchangedAsync<T>(this TableClient table, T row, CancellationToken ct)
        where T : class, ITableEntity
    {
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
        }
        catch (RequestFailedException e) when (StorageErrors.IsLostRace(e))
        {
        }
    }
}
