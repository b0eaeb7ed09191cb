using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Coaching;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Conversation;

/// <summary>Slips: logging one, asking what set it off, telling the partner, and where the user stands.</summary>
public sealed class SlipLog(
    NoContactTables tables,
    Contacts contacts,
    PartnerLinks partners,
    PartnerAlerts alerts,
    SlipHistory history,
    SlipAftercare aftercare,
    Urges urges,
    Wins wins,
    IOptions<NoContactOptions> options,
    TimeProvider time)
{
    /// <summary>Notes are for the user's own record; keep them short.</summary>
    public const int MaxNoteLength = 280;

    /// <summary>How long an answer to "what set it off?" still counts as one.</summary>
    public static readonly TimeSpan TriggerAnswerWindow = TimeSpan.FromHours(6);

    public async Task<Reply> LogAsync(
        ContactRow contact, InboundSms sms, string note, CancellationToken cancellationToken)
    {
        // Keyed by the MessageSid, so a repeated delivery writes the same row.
        var trigger = Triggers.Recognise(note);
        var slip = new SlipRow
        {
            PartitionKey = contact.Phone,
            RowKey = sms.MessageSid,
            At = time.GetUtcNow(),
            Note = note.Length == 0 ? null : note[..Math.Min(note.Length, MaxNoteLength)],
            Trigger = trigger?.ToString(),
        };
        await tables.Slips.UpsertEntityAsync(slip, TableUpdateMode.Replace, cancellationToken);
        await AlertPartnerAsync(contact, sms, cancellationToken);
        await aftercare.AfterSlipAsync(contact, slip, cancellationToken);

        var logged = Replies.SlipLogged(await StandingAsync(contact, cancellationToken));
        if (trigger is not null)
        {
            return logged;
        }

        contact.TriggerQuestionSlip = sms.MessageSid;
        contact.TriggerQuestionUntil = time.GetUtcNow() + TriggerAnswerWindow;
        await contacts.SaveAsync(contact, cancellationToken);
        return Reply.Of(logged, Replies.TriggerQuestion);
    }

    /// <summary>Stores the answer to the trigger question; null when the text is not one.</summary>
    public async Task<Reply?> TryAnswerTriggerAsync(
        ContactRow contact, string text, CancellationToken cancellationToken)
    {
        if (contact.TriggerQuestionSlip is null || contact.TriggerQuestionUntil < time.GetUtcNow()
            || Triggers.FromAnswer(text) is not { } trigger)
        {
            return null;
        }

        var slip = await tables.Slips.GetEntityIfExistsAsync<SlipRow>(
            contact.Phone, contact.TriggerQuestionSlip, cancellationToken: cancellationToken);
        if (slip.HasValue)
        {
            slip.Value!.Trigger = trigger.ToString();
            await tables.Slips.UpdateEntityAsync(
                slip.Value, slip.Value.ETag, TableUpdateMode.Replace, cancellationToken);
        }

        contact.TriggerQuestionSlip = null;
        contact.TriggerQuestionUntil = null;
        await contacts.SaveAsync(contact, cancellationToken);
        await aftercare.AfterTriggerAsync(contact, cancellationToken);
        return Replies.TriggerSaved(trigger);
    }

    public async Task<Reply> StatusAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var slips = await SlipsOfAsync(contact, cancellationToken);
        var zone = ZoneOf(contact);
        return Replies.Status(
            Standing(contact, slips, zone), SlipPatterns.MostCommonTrigger(slips),
            SlipPatterns.MostCommonTimeOfWeek(slips, zone), await urges.ResistedAsync(contact, cancellationToken),
            await wins.CountAsync(contact.Phone, cancellationToken));
    }

    public async Task<Standing> StandingAsync(ContactRow contact, CancellationToken cancellationToken) =>
        Standing(contact, await SlipsOfAsync(contact, cancellationToken), ZoneOf(contact));

    private Standing Standing(ContactRow contact, List<SlipFact> slips, DateTimeZone zone)
    {
        var started = Instant.FromDateTimeOffset(contact.EnrolledAt ?? time.GetUtcNow());
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        return Core.Standing.Compute(started, slips.Select(s => s.At).ToList(), now, zone);
    }

    private Task<List<SlipFact>> SlipsOfAsync(ContactRow contact, CancellationToken cancellationToken) =>
        history.FactsAsync(contact.Phone, cancellationToken);

    private async Task AlertPartnerAsync(ContactRow contact, InboundSms sms, CancellationToken cancellationToken)
    {
        var partner = await partners.AcceptedPartnerOfAsync(contact, cancellationToken);
        if (partner is null)
        {
            return;
        }

        await alerts.AlertAsync(contact, partner, isUrge: false, $"alert-{sms.MessageSid}", cancellationToken);
    }

    private DateTimeZone ZoneOf(ContactRow contact) => options.Value.ZoneOf(contact.TimeZone);
}
