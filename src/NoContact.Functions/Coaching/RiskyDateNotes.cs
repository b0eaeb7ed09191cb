using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Conversation;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// DATE, DATES and DATE REMOVE; and on each risky date every year a note the evening before,
/// then an extra morning and evening check-in on the day itself.
/// </summary>
public sealed class RiskyDateNotes(
    Contacts contacts, OutboxStore outbox, Agenda agenda, CheckInPlanner planner, TimeProvider time) : IAgendaHandler
{
    /// <summary>The evening before, the morning of and the evening of the date, from its midnight.</summary>
    private static readonly Period[] Steps =
        [Period.FromHours(-4), Period.FromHours(9), Period.FromHours(21)];

    public string Kind => AgendaKind.RiskyDate;

    public async Task<Reply> HandleAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        var dates = RiskyDates.Read(contact.RiskyDates).ToList();
        if (argument.Length == 0)
        {
            return dates.Count == 0 ? Replies.DatesNone : Replies.DatesList(dates);
        }

        var removing = argument.StartsWith("REMOVE", StringComparison.OrdinalIgnoreCase);
        var date = RiskyDate.Parse(removing ? argument[6..] : argument, MonthFirst(contact));
        if (date is null)
        {
            return Replies.DateInvalid;
        }

        var same = dates.FirstOrDefault(d => d.Key == date.Key);
        if (removing || (same is null && dates.Count >= RiskyDates.Max))
        {
            return removing ? await RemoveAsync(contact, dates, same, cancellationToken) : Replies.DatesFull;
        }

        dates.RemoveAll(d => d.Key == date.Key);
        dates.Add(date);
        contact.RiskyDates = RiskyDates.Write(dates);
        await contacts.SaveAsync(contact, cancellationToken);
        await PlanAfterAsync(contact, date, time.GetUtcNow(), cancellationToken);
        return Replies.DateSaved(date);
    }

    public async Task HandleAsync(AgendaRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = await contacts.FindAsync(row.Phone, cancellationToken);
        var date = RiskyDates.Read(contact?.RiskyDates).FirstOrDefault(d => d.Key == row.Subject);
        if (contact is not { Enrolled: true, OptedOut: false } || contact.UserId != row.UserId || date is null)
        {
            return;
        }

        if (!Agenda.IsLate(row, now) && !(contact.PausedUntil > row.Occurrence))
        {
            var body = row.Step switch
            {
                0 => Replies.DateEveBefore(date.Label),
                1 => Replies.DateMorning(date.Label),
                _ => Replies.DateEvening(date.Label),
            };
            var kind = row.Step == 0 ? OutboxKind.Coaching : OutboxKind.CheckIn;
            await outbox.EnqueueAsync(new OutgoingSms($"date-{row.UserId}-{date.Key}-{row.Occurrence.UtcTicks}",
                row.Phone, body, kind, row.UserId, row.Occurrence), cancellationToken);
        }

        await PlanAfterAsync(contact, date, row.Occurrence, cancellationToken);
    }

    // 3/7 is 7 March to someone with a North American number, 3 July to everyone else.
    private static bool MonthFirst(ContactRow contact) => contact.Phone.StartsWith("+1", StringComparison.Ordinal);

    private async Task<Reply> RemoveAsync(
        ContactRow contact, List<RiskyDate> dates, RiskyDate? same, CancellationToken cancellationToken)
    {
        if (same is null)
        {
            return Replies.DateNotFound;
        }

        dates.Remove(same);
        contact.RiskyDates = RiskyDates.Write(dates);
        await contacts.SaveAsync(contact, cancellationToken);
        return Replies.DateRemoved(same);
    }

    /// <summary>Plans the first step of this date's support after <paramref name="after"/>.</summary>
    private async Task PlanAfterAsync(
        ContactRow contact, RiskyDate date, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var zone = planner.ZoneOf(contact);
        var from = Instant.FromDateTimeOffset(after);
        var day = date.NextOnOrAfter(from.InZone(zone).Date.PlusDays(-1));
        for (var attempt = 0; attempt < 3; attempt++, day = date.NextOnOrAfter(day.PlusDays(1)))
        {
            for (var step = 0; step < Steps.Length; step++)
            {
                var at = zone.AtLeniently(day.AtMidnight() + Steps[step]).ToInstant();
                if (at > from)
                {
                    var row = AgendaRow.For(contact.Phone, contact.UserId, Kind, at.ToDateTimeOffset(), date.Key, step);
                    await agenda.PlanAsync(row, cancellationToken);
                    return;
                }
            }
        }
    }
}
