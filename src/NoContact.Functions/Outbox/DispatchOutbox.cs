using Microsoft.Azure.Functions.Worker;

namespace NoContact.Functions.Outbox;

/// <summary>Every minute, sends the SMS that are due. The only place that calls Twilio's API.</summary>
public sealed class DispatchOutbox(Dispatcher dispatcher)
{
    // Ten seconds past the minute, so check-ins queued on the minute go out in the same minute.
    public const string Schedule = "10 * * * * *";

    [Function(nameof(DispatchOutbox))]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.DispatchDueAsync(cancellationToken);
}
