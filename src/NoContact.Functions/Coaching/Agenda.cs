using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>Handles due agenda rows of one kind: queues what is still wanted, plans what comes next.</summary>
public interface IAgendaHandler
{
    string Kind { get; }

    Task HandleAsync(AgendaRow row, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Rows of things to send later, and the run that turns due rows into queued SMS.</summary>
public sealed partial class Agenda(NoContactTables tables, IServiceProvider services, ILogger<Agenda> logger)
{
    // A run that was missed by this much still sends; later than that the moment has passed.
    public static readonly TimeSpan Grace = TimeSpan.FromHours(2);

    /// <summary>True when the row is too far overdue to send; the handler still plans what follows.</summary>
    public static bool IsLate(AgendaRow row, DateTimeOffset now) => now - row.Occurrence > Grace;

    /// <summary>Adds a row; the same row planned twice is stored once.</summary>
    public Task PlanAsync(AgendaRow row, CancellationToken cancellationToken) =>
        tables.Agenda.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var handlers = Handlers();
        var due = tables.Agenda.QueryAsync<AgendaRow>(
            r => r.PartitionKey == AgendaRow.Due && r.RowKey.CompareTo(AgendaRow.KeyAfter(now)) < 0,
            cancellationToken: cancellationToken);

        var handled = 0;
        await foreach (var row in due)
        {
            // Claiming the row is what makes it count once: a second run loses this race.
            row.ClaimedAt = now;
            if (!await tables.Agenda.TryReplaceAsync(row, cancellationToken))
            {
                continue;
            }

            // One bad row must not hold back the rest; it stays and is tried again next run.
            try
            {
                if (handlers.TryGetValue(row.Kind, out var handler))
                {
                    await handler.HandleAsync(row, now, cancellationToken);
                    handled++;
                }

                await tables.Agenda.DeleteIfUnchangedAsync(row, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRowFailed(logger, e, row.Kind, row.UserId);
            }
        }

        LogRun(logger, handled);
        return handled;
    }

    // Resolved per run: the handlers plan rows of their own, so they depend on this class.
    private Dictionary<string, IAgendaHandler> Handlers() =>
        ((IEnumerable<IAgendaHandler>)services.GetService(typeof(IEnumerable<IAgendaHandler>))!)
            .ToDictionary(h => h.Kind);

    // Row keys can hold a number (a digest's subject): log the kind and the user id only.
    [LoggerMessage(EventId = 4002, Level = LogLevel.Error,
        Message = "Agenda {Kind} row of user {UserId} failed; retried next run")]
    private static partial void LogRowFailed(ILogger logger, Exception exception, string kind, string userId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Coaching run: {Handled} due items handled")]
    private static partial void LogRun(ILogger logger, int handled);
}
