using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Conversation;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// One morning message on a milestone day (3, 7, 14 ... 365 days since the last slip or since
/// starting), never two on one day; the partner hears of 30, 90 and 365 if the user allowed it.
/// </summary>
public sealed class MilestoneMessages(
    Contacts contacts, SlipHistory history, OutboxStore outbox, Agenda agenda, CheckInPlanner planner,
    PartnerLinks partners, PartnerAlerts alerts, TimeProvider time) : IAgendaHandler
{
    public string Kind => AgendaKind.Milestone;

    /// <summary>Plans the next milestone morning from now, in the user's own calendar.</summary>
    public async Task PlanAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var local = now.InZone(planner.ZoneOf(contact)).LocalDateTime;
        var from = local.TimeOfDay < Milestones.Morning ? local.Date : local.Date.PlusDays(1);
        await PlanFromAsync(contact, from, cancellationToken);
    }

    public async Task HandleAsync(AgendaRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(row.Phone, cancellationToken);
        if (contact is not { Enrolled: true, OptedOut: false } || contact.UserId != row.UserId)
        {
            return;
        }

        // A row planned before a change of time zone is no longer the local morning: plan again.
        var zone = planner.ZoneOf(contact);
        var local = Instant.FromDateTimeOffset(row.Occurrence).InZone(zone);
        var date = local.Date;
        var (start, lastSlip) = await DatesAsync(contact, zone, cancellationToken);
        if (local.TimeOfDay != Milestones.Morning)
        {
            await PlanFromAsync(contact, date, cancellationToken);
            return;
        }

        if (Milestones.On(date, start, lastSlip) is { } milestone && !Agenda.IsLate(row, now)
            && !(contact.PausedUntil > row.Occurrence))
        {
            await SendAsync(contact, milestone, lastSlip is not null, date, row.Occurrence, cancellationToken);
        }

        await PlanFromAsync(contact, date.PlusDays(1), cancellationToken);
    }

    private async Task SendAsync(ContactRow contact, Milestone milestone, bool hasSlips, LocalDate date,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Keyed by the local date: whatever plans it, one day gets one milestone message.
        var id = $"milestone-{contact.UserId}-{date:yyyyMMdd}";
        await outbox.EnqueueAsync(new OutgoingSms(id, contact.Phone, Replies.Milestone(milestone, hasSlips),
            OutboxKind.Coaching, contact.UserId, at), cancellationToken);

        if (milestone.TellsPartner && contact.AlertMilestones
            && await partners.AcceptedPartnerOfAsync(contact, cancellationToken) is { } partner)
        {
            var note = Replies.MilestoneForPartner(Replies.NameOrFriend(contact.Name), milestone.SinceLastSlip!.Value);
            await alerts.NoteAsync(contact, partner, note, id + "-partner", cancellationToken);
        }
    }

    private async Task PlanFromAsync(ContactRow contact, LocalDate from, CancellationToken cancellationToken)
    {
        var zone = planner.ZoneOf(contact);
        var (start, lastSlip) = await DatesAsync(contact, zone, cancellationToken);
        if (Milestones.NextOnOrAfter(from, start, lastSlip) is not { } next)
        {
            return;
        }

        var at = zone.AtLeniently(next + Milestones.Morning).ToDateTimeOffset();
        await agenda.PlanAsync(AgendaRow.For(contact.Phone, contact.UserId, Kind, at), cancellationToken);
    }

    private async Task<(LocalDate Start, LocalDate? LastSlip)> DatesAsync(
        ContactRow contact, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var slips = await history.FactsAsync(contact.Phone, cancellationToken);
        var start = Instant.FromDateTimeOffset(contact.EnrolledAt ?? time.GetUtcNow()).InZone(zone).Date;
        LocalDate? lastSlip = slips.Count == 0 ? null : slips.Max(s => s.At).InZone(zone).Date;
        return (start, lastSlip);
    }
}
