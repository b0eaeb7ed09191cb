using Microsoft.Azure.Functions.Worker;

namespace NoContact.Functions.Outbox;

/// <summary>
/// Every minute, sends the SMS that are due: the only place that calls Twilio's API. Once an
/// hour it also deletes the records of messages finished more than 30 days ago.
/// </summary>
public sealed class DispatchOutbox(Dispatcher dispatcher, OutboxRetention retention)
{
    // Ten seconds past the minute, so check-ins queued on the minute go out in the same minute.
    public const string Schedule = "10 * * * * *";

    [Function(nameof(DispatchOutbox))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await dispatcher.DispatchDueAsync(cancellationToken);
        if (retention.IsDue)
        {
            await retention.PurgeAsync(cancellationToken);
        }
    }
}
