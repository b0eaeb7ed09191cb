using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Conversation;

/// <summary>Slips: logging one, telling the partner, and where the user stands.</summary>
public sealed class SlipLog(
    NoContactTables tables, PartnerLinks partners, OutboxStore outbox, IOptions<NoContactOptions> options, TimeProvider time)
{
    /// <summary>Notes are for the user's own record; keep them short.</summary>
    public const int MaxNoteLength = 280;

    public async Task<string> LogAsync(ContactRow contact, InboundSms sms, string note, CancellationToken cancellationToken)
    {
        // Keyed by the MessageSid, so a repeated delivery writes the same row.
        var slip = new SlipRow
        {
            PartitionKey = contact.Phone,
            RowKey = sms.MessageSid,
            At = time.GetUtcNow(),
            Note = note.Length == 0 ? null : note[..Math.Min(note.Length, MaxNoteLength)],
        };
        await tables.Slips.UpsertEntityAsync(slip, TableUpdateMode.Replace, cancellationToken);

        var partner = await partners.AcceptedPartnerOfAsync(contact, cancellationToken);
        if (partner is not null)
        {
            await outbox.EnqueueAsync(
                new OutgoingSms(
                    $"alert-{sms.MessageSid}", partner, Replies.PartnerSlipAlert(contact.Name ?? "Your friend"),
                    OutboxKind.PartnerAlert, contact.UserId, time.GetUtcNow()),
                cancellationToken);
        }

        return Replies.SlipLogged(await StandingAsync(contact, cancellationToken));
    }

    public async Task<Standing> StandingAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var slips = new List<Instant>();
        var rows = tables.Slips.QueryAsync<SlipRow>(
            r => r.PartitionKey == contact.Phone, select: [nameof(SlipRow.At)], cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            slips.Add(Instant.FromDateTimeOffset(row.At));
        }

        var zone = TimeZones.FindOr(contact.TimeZone, options.Value.DefaultZone);
        var started = Instant.FromDateTimeOffset(contact.EnrolledAt ?? time.GetUtcNow());
        return Standing.Compute(started, slips, Instant.FromDateTimeOffset(time.GetUtcNow()), zone);
    }
}
