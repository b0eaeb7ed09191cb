using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Conversation;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// After a slip, once there are three or more: tells the person once about a pattern and offers a
/// check-in just before their risky time (YES adds it); after three slips in a week, a gentle word
/// that more support helps, at most once a month.
/// </summary>
public sealed class PatternNotes(
    Contacts contacts, SlipHistory history, OutboxStore outbox, Agenda agenda, CheckInPlanner planner,
    IOptions<NoContactOptions> options, TimeProvider time) : IAgendaHandler
{
    public const string TimeTold = "time";
    public const string TriggerTold = "trigger";

    public static readonly TimeSpan OfferWindow = TimeSpan.FromDays(3);
    public static readonly TimeSpan SupportEvery = TimeSpan.FromDays(30);

    // A moment after the slip's own reply, so the notes do not crowd it.
    private static readonly Duration NoteDelay = Duration.FromMinutes(5);

    public string Kind => AgendaKind.PatternCheckIn;

    public async Task LookAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var slips = await history.FactsAsync(contact.Phone, cancellationToken);
        if (slips.Count < PatternFinder.MinSlips)
        {
            return;
        }

        var zone = planner.ZoneOf(contact);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var at = FollowUpPlan.OutOfNight(now + NoteDelay, zone).ToDateTimeOffset();
        var told = (contact.PatternsTold ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (NoteFor(contact, slips, zone, told) is { } found)
        {
            await QueueAsync(contact, $"pattern-{contact.UserId}-{found.Kind}", found.Body, at, cancellationToken);
            contact.PatternsTold = string.Join(',', told.Append(found.Kind));
        }

        await OfferSupportAsync(contact, slips, at, cancellationToken);
        await contacts.SaveAsync(contact, cancellationToken);
    }

    /// <summary>YES to the check-in offered for a pattern; null when no offer is open.</summary>
    public async Task<Reply?> TryAcceptAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        if (contact.PatternOfferDays is null || contact.PatternOfferTime is null
            || !(contact.PatternOfferUntil > time.GetUtcNow()))
        {
            return null;
        }

        (contact.PatternCheckInDays, contact.PatternCheckInTime) = (contact.PatternOfferDays, contact.PatternOfferTime);
        (contact.PatternOfferDays, contact.PatternOfferTime, contact.PatternOfferUntil) = (null, null, null);
        await contacts.SaveAsync(contact, cancellationToken);
        var schedule = CheckInSchedule.Parse(contact.PatternCheckInDays, contact.PatternCheckInTime);
        await PlanAfterAsync(contact, schedule, time.GetUtcNow(), cancellationToken);
        return Replies.PatternAdded(schedule.DaysText.Replace(",", ", "), schedule.TimeText);
    }

    public async Task HandleAsync(AgendaRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(row.Phone, cancellationToken);
        if (contact is not { Enrolled: true, OptedOut: false, PatternCheckInDays: { } days, PatternCheckInTime: { } at }
            || contact.UserId != row.UserId || row.Subject != $"{days} {at}")
        {
            return;
        }

        if (!Agenda.IsLate(row, now) && !(contact.PausedUntil > row.Occurrence))
        {
            await outbox.EnqueueAsync(new OutgoingSms($"pattern-checkin-{row.UserId}-{row.Occurrence.UtcTicks}",
                row.Phone, Replies.PatternCheckIn, OutboxKind.CheckIn, row.UserId,
                row.Occurrence), cancellationToken);
        }

        await PlanAfterAsync(contact, CheckInSchedule.Parse(days, at), row.Occurrence, cancellationToken);
    }

    private (string Kind, string Body)? NoteFor(
        ContactRow contact, List<SlipFact> slips, DateTimeZone zone, HashSet<string> told)
    {
        if (!told.Contains(TimeTold) && PatternFinder.TimeOfWeek(slips, zone) is { } pattern)
        {
            var schedule = new CheckInSchedule(pattern.CheckInDays, pattern.CheckInTime);
            (contact.PatternOfferDays, contact.PatternOfferTime) = (schedule.DaysText, schedule.TimeText);
            contact.PatternOfferUntil = time.GetUtcNow() + OfferWindow;
            return (TimeTold, Replies.PatternTime(pattern.Label, Plural(schedule), schedule.TimeText));
        }

        if (!told.Contains(TriggerTold) && PatternFinder.RepeatedTrigger(slips) is { } trigger)
        {
            return (TriggerTold, Replies.PatternTrigger(trigger));
        }

        return null;
    }

    private async Task OfferSupportAsync(
        ContactRow contact, List<SlipFact> slips, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recentlySent = contact.SupportSentAt > now - SupportEvery;
        if (PatternFinder.IsCluster(slips, Instant.FromDateTimeOffset(now)) && !recentlySent)
        {
            var id = $"support-{contact.UserId}-{now.UtcTicks}";
            await QueueAsync(contact, id, Replies.Support(options.Value.SupportResources), at, cancellationToken);
            contact.SupportSentAt = now;
        }
    }

    private static string Plural(CheckInSchedule schedule) =>
        "on " + string.Join(" and ", schedule.Days.Order().Select(d => d + "s"));

    private Task QueueAsync(ContactRow contact, string id, string body, DateTimeOffset at, CancellationToken ct) =>
        outbox.EnqueueAsync(new OutgoingSms(id, contact.Phone, body, OutboxKind.Coaching, contact.UserId, at), ct);

    private async Task PlanAfterAsync(
        ContactRow contact, CheckInSchedule schedule, DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (schedule.NextAfter(Instant.FromDateTimeOffset(after), planner.ZoneOf(contact)) is not { } next)
        {
            return;
        }

        var subject = $"{contact.PatternCheckInDays} {contact.PatternCheckInTime}";
        await agenda.PlanAsync(
            AgendaRow.For(contact.Phone, contact.UserId, Kind, next.ToDateTimeOffset(), subject), cancellationToken);
    }
}
