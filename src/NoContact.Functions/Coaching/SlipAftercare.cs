using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>What follows a logged slip over the next days: the 48-hour plan, milestones, patterns.</summary>
public sealed class SlipAftercare(FollowUps followUps, MilestoneMessages milestones, PatternNotes patterns)
{
    public async Task AfterSlipAsync(ContactRow contact, SlipRow slip, CancellationToken cancellationToken)
    {
        await followUps.PlanAsync(contact, slip, cancellationToken);

        // The run since the last slip restarts, so its milestones start again too.
        await milestones.PlanAsync(contact, cancellationToken);
        await patterns.LookAsync(contact, cancellationToken);
    }

    /// <summary>A trigger given later can complete a pattern.</summary>
    public Task AfterTriggerAsync(ContactRow contact, CancellationToken cancellationToken) =>
        patterns.LookAsync(contact, cancellationToken);
}
