using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>
/// Accountability partners: an invite, the partner's YES or NO, and who is linked to whom.
/// Until a partner says YES they get nothing but the one invite.
/// </summary>
public sealed class PartnerLinks(
    NoContactTables tables, Contacts contacts, OutboxStore outbox, IOptions<NoContactOptions> options, TimeProvider time)
{
    public async Task<string> HandleAsync(
        ContactRow contact, InboundSms sms, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            var link = await FindAsync(contact.PartnerPhone, contact.Phone, cancellationToken);
            return link is null || link.Status == PartnerStatus.Declined
                ? Replies.PartnerNeedsNumber
                : Replies.PartnerState(PhoneNumberText.LastDigits(link.PartnerPhone), link.Status == PartnerStatus.Accepted);
        }

        if (string.IsNullOrEmpty(contact.Name))
        {
            return Replies.PartnerNeedsName;
        }

        var partner = PhoneNumberText.ToE164(argument, contact.Phone, options.Value.DefaultRegion);
        if (partner is null)
        {
            return Replies.PartnerInvalidNumber;
        }

        if (partner == contact.Phone)
        {
            return Replies.PartnerIsSelf;
        }

        if (await contacts.IsOptedOutAsync(partner, cancellationToken))
        {
            return Replies.PartnerOptedOut;
        }

        await InviteAsync(contact, partner, sms, cancellationToken);
        return Replies.PartnerInviteSent(PhoneNumberText.LastDigits(partner));
    }

    /// <summary>The partner's YES or NO to their latest invite; null when no invite awaits an answer.</summary>
    public async Task<string?> TryAnswerAsync(InboundSms sms, bool accept, CancellationToken cancellationToken)
    {
        var invite = await LatestInviteAsync(sms.From, cancellationToken);
        if (invite is null)
        {
            return null;
        }

        invite.Status = accept ? PartnerStatus.Accepted : PartnerStatus.Declined;
        await tables.Partners.UpdateEntityAsync(invite, ETag.All, TableUpdateMode.Replace, cancellationToken);

        var digits = PhoneNumberText.LastDigits(invite.PartnerPhone);
        var user = await contacts.FindAsync(invite.UserPhone, cancellationToken);
        await TellUserAsync(user, sms, accept ? Replies.PartnerAcceptedForUser(digits)
            : Replies.PartnerDeclinedForUser(digits), cancellationToken);
        return accept ? Replies.PartnerAccepted(invite.UserName) : Replies.PartnerDeclinedThanks;
    }

    /// <summary>The partner's number, once they have said YES.</summary>
    public async Task<string?> AcceptedPartnerOfAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var link = await FindAsync(contact.PartnerPhone, contact.Phone, cancellationToken);
        return link?.Status == PartnerStatus.Accepted ? link.PartnerPhone : null;
    }

    /// <summary>Ends every link in which <paramref name="partnerPhone"/> is the partner, telling each user.</summary>
    public async Task LeaveAllAsync(string partnerPhone, InboundSms sms, CancellationToken cancellationToken)
    {
        await foreach (var link in tables.Partners.QueryAsync<PartnerRow>(
            r => r.PartitionKey == partnerPhone, cancellationToken: cancellationToken))
        {
            await tables.Partners.DeleteEntityAsync(link.PartitionKey, link.RowKey, ETag.All, cancellationToken);
            var user = await contacts.FindAsync(link.UserPhone, cancellationToken);
            if (link.Status == PartnerStatus.Accepted)
            {
                await TellUserAsync(user, sms, Replies.PartnerLeft(PhoneNumberText.LastDigits(partnerPhone)),
                    cancellationToken);
            }
        }
    }

    private async Task InviteAsync(ContactRow contact, string partner, InboundSms sms, CancellationToken cancellationToken)
    {
        if (contact.PartnerPhone is { } previous && previous != partner)
        {
            await tables.Partners.DeleteEntityAsync(previous, contact.Phone, ETag.All, cancellationToken);
        }

        var link = new PartnerRow
        {
            PartitionKey = partner,
            RowKey = contact.Phone,
            Status = PartnerStatus.Invited,
            UserName = contact.Name ?? "",
            InvitedAt = time.GetUtcNow(),
        };
        await tables.Partners.UpsertEntityAsync(link, TableUpdateMode.Replace, cancellationToken);
        contact.PartnerPhone = partner;
        await contacts.SaveAsync(contact, cancellationToken);
        await outbox.EnqueueAsync(
            new OutgoingSms($"invite-{sms.MessageSid}", partner, Replies.PartnerInvite(link.UserName),
                OutboxKind.PartnerInvite, contact.UserId, time.GetUtcNow()),
            cancellationToken);
    }

    private async Task TellUserAsync(ContactRow? user, InboundSms sms, string body, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            return;
        }

        await outbox.EnqueueAsync(
            new OutgoingSms($"partner-answer-{sms.MessageSid}-{user.UserId}", user.Phone, body,
                OutboxKind.PartnerAnswer, user.UserId, time.GetUtcNow()),
            cancellationToken);
    }

    private async Task<PartnerRow?> LatestInviteAsync(string partnerPhone, CancellationToken cancellationToken)
    {
        PartnerRow? latest = null;
        await foreach (var link in tables.Partners.QueryAsync<PartnerRow>(
            r => r.PartitionKey == partnerPhone && r.Status == PartnerStatus.Invited, cancellationToken: cancellationToken))
        {
            latest = latest is null || link.InvitedAt > latest.InvitedAt ? link : latest;
        }

        return latest;
    }

    private async Task<PartnerRow?> FindAsync(string? partnerPhone, string userPhone, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(partnerPhone))
        {
            return null;
        }

        var response = await tables.Partners.GetEntityIfExistsAsync<PartnerRow>(
            partnerPhone, userPhone, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
