using Microsoft.Azure.Functions.Worker;

namespace NoContact.Functions.CheckIns;

/// <summary>Every minute, queues the check-ins that have come due in each user's own time zone.</summary>
public sealed class CheckIns(CheckInPlanner planner)
{
    public const string Schedule = "0 * * * * *";

    [Function(nameof(CheckIns))]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        planner.QueueDueAsync(cancellationToken);
}
