using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Conversation;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// The 48 hours after a slip: the immediate steps a few hours on, a reset the next day, and what
/// to learn the day after. A newer slip's plan replaces an older one's, so plans never stack.
/// </summary>
public sealed class FollowUps(
    NoContactTables tables, Contacts contacts, PartnerLinks partners, OutboxStore outbox, Agenda agenda,
    CheckInPlanner planner) : IAgendaHandler
{
    public string Kind => AgendaKind.FollowUp;

    /// <summary>Makes this slip's plan the current one and plans its three steps.</summary>
    public async Task PlanAsync(ContactRow contact, SlipRow slip, CancellationToken cancellationToken)
    {
        contact.FollowUpSlip = slip.RowKey;
        await contacts.SaveAsync(contact, cancellationToken);

        var times = FollowUpPlan.TimesAfter(Instant.FromDateTimeOffset(slip.At), planner.ZoneOf(contact));
        for (var step = 1; step <= times.Count; step++)
        {
            var row = AgendaRow.For(
                contact.Phone, contact.UserId, Kind, times[step - 1].ToDateTimeOffset(), slip.RowKey, step);
            await agenda.PlanAsync(row, cancellationToken);
        }
    }

    public async Task HandleAsync(AgendaRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(row.Phone, cancellationToken);
        if (contact is not { Enrolled: true, OptedOut: false } || contact.UserId != row.UserId
            || contact.FollowUpSlip != row.Subject || contact.PausedUntil > row.Occurrence || Agenda.IsLate(row, now))
        {
            return;
        }

        var body = row.Step switch
        {
            1 => Replies.FollowUpSteps(await partners.AcceptedPartnerOfAsync(contact, cancellationToken) is not null),
            2 => Replies.FollowUpReset(await TriggerOfAsync(row, cancellationToken)),
            _ => Replies.FollowUpLearn(await TriggerOfAsync(row, cancellationToken)),
        };
        await outbox.EnqueueAsync(
            new OutgoingSms($"follow-up-{row.UserId}-{row.Subject}-{row.Step}", row.Phone, body,
                OutboxKind.FollowUp, row.UserId, row.Occurrence),
            cancellationToken);
    }

    private async Task<Trigger?> TriggerOfAsync(AgendaRow row, CancellationToken cancellationToken)
    {
        var slip = await tables.Slips.GetEntityIfExistsAsync<SlipRow>(
            row.Phone, row.Subject, select: [nameof(SlipRow.Trigger)], cancellationToken: cancellationToken);
        return slip.HasValue && Enum.TryParse<Trigger>(slip.Value!.Trigger, out var trigger) ? trigger : null;
    }
}
