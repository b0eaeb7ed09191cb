using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>
/// URGE: the moment before a slip. One thing to do right now, a different kind each time; the
/// partner hears of it when the user asks (URGE PARTNER) or allowed it (ALERTS URGE ON).
/// </summary>
public sealed class Urges(
    NoContactTables tables, Contacts contacts, PartnerLinks partners, PartnerAlerts alerts, SlipHistory history,
    TimeProvider time)
{
    /// <summary>An urge with no slip this long after it counts as resisted.</summary>
    public static readonly TimeSpan ResistedAfter = TimeSpan.FromHours(12);

    public async Task<Reply> HandleAsync(
        ContactRow contact, InboundSms sms, string argument, CancellationToken cancellationToken)
    {
        await StoreAsync(contact, sms, cancellationToken);
        var (kind, idea) = UrgeRotation.For(contact.UrgeCount, Replies.UrgeIdeasPerKind);
        var reason = Reasons.Pick(contact, contact.UrgeCount / UrgeRotation.KindCount);
        contact.UrgeCount++;
        await contacts.SaveAsync(contact, cancellationToken);
        var help = Replies.Urge(kind, idea, reason);

        var askedForPartner = argument.StartsWith("PARTNER", StringComparison.OrdinalIgnoreCase);
        if (!askedForPartner && !contact.AlertUrges)
        {
            return help;
        }

        var partner = await partners.AcceptedPartnerOfAsync(contact, cancellationToken);
        if (partner is null)
        {
            return askedForPartner ? Reply.Of(help, Replies.PartnerNone) : help;
        }

        await alerts.AlertAsync(contact, partner, isUrge: true, $"urge-{sms.MessageSid}", cancellationToken);
        return help;
    }

    private Task StoreAsync(ContactRow contact, InboundSms sms, CancellationToken cancellationToken)
    {
        var urge = new MomentRow
        {
            PartitionKey = contact.Phone,
            RowKey = MomentRow.KeyFor(MomentRow.Urge, sms.MessageSid),
            Kind = MomentRow.Urge,
            At = time.GetUtcNow(),
        };
        return tables.Moments.UpsertEntityAsync(urge, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Urges that passed with no slip in the twelve hours after them.</summary>
    public async Task<int> ResistedAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var slips = (await history.FactsAsync(contact.Phone, cancellationToken)).Select(s => s.At).ToList();
        var resisted = 0;
        var rows = tables.Moments.QueryAsync<MomentRow>(
            r => r.PartitionKey == contact.Phone && r.Kind == MomentRow.Urge, select: [nameof(MomentRow.At)],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            var at = Instant.FromDateTimeOffset(row.At);
            var until = Instant.FromDateTimeOffset(row.At + ResistedAfter);
            resisted += row.At + ResistedAfter <= now && !slips.Any(s => s > at && s <= until) ? 1 : 0;
        }

        return resisted;
    }
}
