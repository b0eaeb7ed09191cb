using Microsoft.Azure.Functions.Worker;

namespace NoContact.Functions.Coaching;

/// <summary>
/// Every minute, queues the coaching that has come due: follow-ups after a slip, milestones,
/// risky-date notes and check-ins, pattern check-ins and merged partner alerts.
/// </summary>
public sealed class CoachingTimer(Agenda agenda, TimeProvider time)
{
    // Five seconds past the minute: after check-ins are queued, before the outbox is sent.
    public const string Schedule = "5 * * * * *";

    [Function("Coaching")]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        agenda.RunDueAsync(time.GetUtcNow(), cancellationToken);
}
