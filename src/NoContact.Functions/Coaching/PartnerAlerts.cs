using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Conversation;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// Texts to a partner about a user, with care: at most three alerts an hour and ten a day to one
/// partner, the rest merged into one later text; nothing during the partner's quiet hours.
/// </summary>
public sealed class PartnerAlerts(
    NoContactTables tables,
    Contacts contacts,
    PartnerStore links,
    OutboxStore outbox,
    Agenda agenda,
    CheckInPlanner planner,
    TimeProvider time) : IAgendaHandler
{
    public const int PerHour = 3;
    public const int PerDay = 10;

    public string Kind => AgendaKind.PartnerDigest;

    /// <summary>An alert about a slip or an urge, sent now, after quiet hours, or merged later.</summary>
    public async Task AlertAsync(
        ContactRow user, string partnerPhone, bool isUrge, string messageId, CancellationToken cancellationToken)
    {
        var (slot, zone) = await FirstQuietMomentAsync(user, partnerPhone, time.GetUtcNow(), cancellationToken);
        var ledger = await LedgerAsync(partnerPhone, cancellationToken);
        var row = ledger.FirstOrDefault(r => r.RowKey == user.Phone) ?? NewRow(partnerPhone, user);
        var sent = ledger.SelectMany(r => r.SentTimes()).ToList();

        if (HasRoom(sent, slot, zone))
        {
            var name = Replies.NameOrFriend(user.Name);
            var body = isUrge ? Replies.UrgeForPartner(name) : Replies.PartnerSlipAlert(name);
            await outbox.EnqueueAsync(
                new OutgoingSms(messageId, partnerPhone, body, OutboxKind.PartnerAlert, user.UserId, slot),
                cancellationToken);
            row.Record(slot);
        }
        else
        {
            await HoldAsync(row, user, isUrge, NextRoom(sent, slot, zone), cancellationToken);
        }

        await tables.PartnerAlerts.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>A note that is not an alert (a milestone): no limit, but it waits out quiet hours.</summary>
    public async Task NoteAsync(
        ContactRow user, string partnerPhone, string body, string messageId, CancellationToken cancellationToken)
    {
        var (slot, _) = await FirstQuietMomentAsync(user, partnerPhone, time.GetUtcNow(), cancellationToken);
        await outbox.EnqueueAsync(
            new OutgoingSms(messageId, partnerPhone, body, OutboxKind.PartnerMilestone, user.UserId, slot),
            cancellationToken);
    }

    /// <summary>The merged text of alerts held back; never dropped while the partner is still linked.</summary>
    public async Task HandleAsync(AgendaRow due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var response = await tables.PartnerAlerts.GetEntityIfExistsAsync<PartnerAlertRow>(
            due.Phone, due.Subject, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return;
        }

        // Only to a partner who still holds a YES: not one who declined, left or was replaced.
        var row = response.Value!;
        var user = await contacts.FindAsync(due.Subject, cancellationToken);
        var link = await links.FindAsync(due.Phone, due.Subject, cancellationToken);
        if (user is null || link?.Status != PartnerStatus.Accepted)
        {
            (row.HeldSlips, row.HeldUrges, row.DigestAt) = (0, 0, null);
            await tables.PartnerAlerts.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            return;
        }

        var (slot, _) = await FirstQuietMomentAsync(user, due.Phone, now, cancellationToken);
        var body = Replies.PartnerDigest(Replies.NameOrFriend(user.Name), row.HeldSlips, row.HeldUrges);
        await outbox.EnqueueAsync(new OutgoingSms($"digest-{user.UserId}-{due.Occurrence.UtcTicks}", due.Phone, body,
            OutboxKind.PartnerAlert, user.UserId, slot), cancellationToken);
        row.Record(slot);
        (row.HeldSlips, row.HeldUrges, row.DigestAt) = (0, 0, null);
        await tables.PartnerAlerts.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task HoldAsync(
        PartnerAlertRow row, ContactRow user, bool isUrge, DateTimeOffset digestAt, CancellationToken cancellationToken)
    {
        row.HeldUrges += isUrge ? 1 : 0;
        row.HeldSlips += isUrge ? 0 : 1;
        if (row.DigestAt is null)
        {
            row.DigestAt = digestAt;
            await agenda.PlanAsync(
                AgendaRow.For(row.PartitionKey, user.UserId, Kind, digestAt, user.Phone), cancellationToken);
        }
    }

    private static bool HasRoom(List<DateTimeOffset> sent, DateTimeOffset slot, DateTimeZone zone) =>
        sent.Count(t => t > slot - TimeSpan.FromHours(1) && t <= slot) < PerHour
        && sent.Count(t => LocalDate(t, zone) == LocalDate(slot, zone)) < PerDay;

    // When the hour is full, an hour after the oldest alert in it; when the day is, the next morning.
    private static DateTimeOffset NextRoom(List<DateTimeOffset> sent, DateTimeOffset slot, DateTimeZone zone)
    {
        if (sent.Count(t => LocalDate(t, zone) == LocalDate(slot, zone)) >= PerDay)
        {
            var morning = LocalDate(slot, zone).PlusDays(1) + FollowUpPlan.MorningStarts;
            return zone.AtLeniently(morning).ToDateTimeOffset();
        }

        return sent.Where(t => t > slot - TimeSpan.FromHours(1) && t <= slot).Min() + TimeSpan.FromHours(1);
    }

    private async Task<(DateTimeOffset Slot, DateTimeZone Zone)> FirstQuietMomentAsync(
        ContactRow user, string partnerPhone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A partner who never set a zone most likely lives near the user.
        var partner = await contacts.FindAsync(partnerPhone, cancellationToken);
        var zone = planner.ZoneOf(partner?.TimeZone is null ? user : partner);
        var quiet = partner?.QuietHours is { } text ? QuietHours.Parse(text) : null;
        var slot = quiet?.EndAfter(Instant.FromDateTimeOffset(now), zone).ToDateTimeOffset() ?? now;
        return (slot, zone);
    }

    private async Task<List<PartnerAlertRow>> LedgerAsync(string partnerPhone, CancellationToken cancellationToken)
    {
        var rows = new List<PartnerAlertRow>();
        await foreach (var row in tables.PartnerAlerts.QueryAsync<PartnerAlertRow>(
            r => r.PartitionKey == partnerPhone, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static PartnerAlertRow NewRow(string partnerPhone, ContactRow user) =>
        new() { PartitionKey = partnerPhone, RowKey = user.Phone, UserId = user.UserId };

    private static LocalDate LocalDate(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).Date;
}
