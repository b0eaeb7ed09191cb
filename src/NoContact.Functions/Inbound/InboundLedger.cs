using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using System.Text.Json;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Inbound;

/// <summary>
/// Makes each webhook delivery count once. The first delivery of a MessageSid claims it and
/// records its reply; repeats, even concurrent ones, wait for that reply and return it.
/// </summary>
public sealed class InboundLedger(NoContactTables tables, TimeProvider time)
{
    private const string Processing = "processing";
    private const string Done = "done";

    // A claim older than this belongs to a delivery that crashed; a later one may take over.
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // Twilio waits 15 seconds for an answer; keep well inside that.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>Claims the delivery, or returns the reply already recorded for it.</summary>
    public async Task<InboundClaim> ClaimAsync(string from, string messageSid, CancellationToken cancellationToken)
    {
        // Waiting is real time, whatever clock the app reads.
        var started = Stopwatch.GetTimestamp();
        var row = new InboundRow { PartitionKey = from, RowKey = messageSid, State = Processing };
        while (true)
        {
            row.ClaimedAt = time.GetUtcNow();
            try
            {
                await tables.Inbound.AddEntityAsync(row, cancellationToken);
                return InboundClaim.Won;
            }
            catch (RequestFailedException e) when (StorageErrors.IsConflict(e))
            {
            }

            var existing = await FindAsync(from, messageSid, cancellationToken);
            if (existing is { State: Done })
            {
                return InboundClaim.Repeat(ReadReply(existing.Reply));
            }

            if (existing is not null && await TryTakeOverAsync(existing, cancellationToken))
            {
                return InboundClaim.Won;
            }

            if (Stopwatch.GetElapsedTime(started) > MaxWait)
            {
                return InboundClaim.StillRunning;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public Task CompleteAsync(string from, string messageSid, Reply reply, CancellationToken cancellationToken)
    {
        var row = new InboundRow
        {
            PartitionKey = from,
            RowKey = messageSid,
            State = Done,
            Reply = JsonSerializer.Serialize(reply.Messages),
            ClaimedAt = time.GetUtcNow(),
        };
        return tables.Inbound.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private static Reply ReadReply(string? json) =>
        json is null ? Reply.None : new Reply(JsonSerializer.Deserialize<string[]>(json) ?? []);

    private async Task<InboundRow?> FindAsync(string from, string messageSid, CancellationToken cancellationToken)
    {
        var response = await tables.Inbound.GetEntityIfExistsAsync<InboundRow>(
            from, messageSid, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task<bool> TryTakeOverAsync(InboundRow stale, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - stale.ClaimedAt < ClaimLifetime)
        {
            return false;
        }

        stale.ClaimedAt = time.GetUtcNow();
        try
        {
            await tables.Inbound.UpdateEntityAsync(stale, stale.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (StorageErrors.IsLostRace(e))
        {
            return false;
        }
    }
}

/// <summary>The outcome of <see cref="InboundLedger.ClaimAsync"/>.</summary>
public sealed record InboundClaim(bool IsNew, bool IsPending, Reply Reply)
{
    public static readonly InboundClaim Won = new(true, false, Reply.None);
    public static readonly InboundClaim StillRunning = new(false, true, Reply.None);

    public static InboundClaim Repeat(Reply reply) => new(false, false, reply);
}

/// <summary>A handled delivery; partition = sender, row = MessageSid.</summary>
public sealed class InboundRow : Row
{
    public string State { get; set; } = "";

    /// <summary>The messages answered, as a JSON array.</summary>
    public string? Reply { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
}
