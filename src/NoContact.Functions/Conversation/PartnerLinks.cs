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
/// Until a partner says YES they get nothing but the one invite; they can leave at any time.
/// </summary>
public sealed class PartnerLinks(
    NoContactTables tables, Contacts contacts, OutboxStore outbox, IOptions<NoContactOptions> options, TimeProvider time)
{
    public async Task<Reply> HandleAsync(
        ContactRow contact, InboundSms sms, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            var link = await FindAsync(contact.PartnerPhone, contact.Phone, cancellationToken);
            return link is null || link.Status == PartnerStatus.Declined
                ? Replies.PartnerNone
                : Replies.PartnerState(PhoneNumberText.LastDigits(link.PartnerPhone), link.Status == PartnerStatus.Accepted);
        }

        if (argument.Trim().TrimEnd('.', '!') is { } word
            && (word.Equals("REMOVE", StringComparison.OrdinalIgnoreCase)
                || word.Equals("DELETE", StringComparison.OrdinalIgnoreCase)))
        {
            return await RemoveAsync(contact, sms, cancellationToken);
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
    public async Task<Reply?> TryAnswerAsync(InboundSms sms, bool accept, CancellationToken cancellationToken)
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
        await TellAsync(user?.Phone, user?.UserId, sms, accept ? Replies.PartnerAcceptedForUser(digits)
            : Replies.PartnerDeclinedForUser(digits), cancellationToken);
        return accept ? Replies.PartnerAccepted(invite.UserName) : Replies.PartnerDeclinedThanks;
    }

    /// <summary>LEAVE: the partner steps out of every link, and each user is told.</summary>
    public async Task<Reply> LeaveAsync(InboundSms sms, CancellationToken cancellationToken) =>
        await LeaveAllAsync(sms.From, sms, cancellationToken) > 0 ? Replies.PartnerLeftThanks : Replies.NotAPartner;

    /// <summary>The partner's number, once they have said YES.</summary>
    public async Task<string?> AcceptedPartnerOfAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        var link = await FindAsync(contact.PartnerPhone, contact.Phone, cancellationToken);
        return link?.Status == PartnerStatus.Accepted ? link.PartnerPhone : null;
    }

    /// <summary>Ends every link in which <paramref name="partnerPhone"/> is the partner, telling each user.</summary>
    public async Task<int> LeaveAllAsync(string partnerPhone, InboundSms sms, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var link in LinksAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partnerPhone}"),
            cancellationToken))
        {
            await DeleteAsync(link, cancellationToken);
            var user = await ForgetPartnerAsync(link.UserPhone, partnerPhone, cancellationToken);
            if (link.Status == PartnerStatus.Accepted && user is not null)
            {
                await TellAsync(user.Phone, user.UserId, sms,
                    Replies.PartnerLeft(PhoneNumberText.LastDigits(partnerPhone)), cancellationToken);
            }

            count++;
        }

        return count;
    }

    /// <summary>True when the number is in any link, as user or as partner.</summary>
    public async Task<bool> IsInvolvedAsync(string phone, CancellationToken cancellationToken)
    {
        await foreach (var _ in LinksAsync(Involving(phone), cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>Removes every link the number is in, both ways, without sending anything.</summary>
    public async Task EraseAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        await foreach (var link in LinksAsync(Involving(contact.Phone), cancellationToken))
        {
            await DeleteAsync(link, cancellationToken);
            if (link.PartnerPhone == contact.Phone)
            {
                await ForgetPartnerAsync(link.UserPhone, contact.Phone, cancellationToken);
            }
        }
    }

    private async Task<Reply> RemoveAsync(ContactRow contact, InboundSms sms, CancellationToken cancellationToken)
    {
        var link = await FindAsync(contact.PartnerPhone, contact.Phone, cancellationToken);
        if (link is null)
        {
            return Replies.PartnerNone;
        }

        await DeleteAsync(link, cancellationToken);
        contact.PartnerPhone = null;
        await contacts.SaveAsync(contact, cancellationToken);
        if (link.Status == PartnerStatus.Accepted)
        {
            await TellAsync(link.PartnerPhone, contact.UserId, sms,
                Replies.PartnerRemovedForPartner(link.UserName), cancellationToken);
        }

        return Replies.PartnerRemoved;
    }

    private async Task InviteAsync(ContactRow contact, string partner, InboundSms sms, CancellationToken cancellationToken)
    {
        if (contact.PartnerPhone is { } previous && previous != partner
            && await FindAsync(previous, contact.Phone, cancellationToken) is { } old)
        {
            await DeleteAsync(old, cancellationToken);
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

    private async Task<ContactRow?> ForgetPartnerAsync(string userPhone, string partnerPhone, CancellationToken ct)
    {
        var user = await contacts.FindAsync(userPhone, ct);
        if (user?.PartnerPhone == partnerPhone)
        {
            user.PartnerPhone = null;
            await contacts.SaveAsync(user, ct);
        }

        return user;
    }

    private async Task TellAsync(string? to, string? userId, InboundSms sms, string body, CancellationToken ct)
    {
        if (to is null || userId is null)
        {
            return;
        }

        await outbox.EnqueueAsync(
            new OutgoingSms($"partner-news-{sms.MessageSid}-{PhoneNumberText.LastDigits(to)}", to, body,
                OutboxKind.PartnerNews, userId, time.GetUtcNow()),
            ct);
    }

    private async Task<PartnerRow?> LatestInviteAsync(string partnerPhone, CancellationToken cancellationToken)
    {
        PartnerRow? latest = null;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partnerPhone} and Status eq {PartnerStatus.Invited}");
        await foreach (var link in LinksAsync(filter, cancellationToken))
        {
            latest = latest is null || link.InvitedAt > latest.InvitedAt ? link : latest;
        }

        return latest;
    }

    private static string Involving(string phone) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {phone} or RowKey eq {phone}");

    private IAsyncEnumerable<PartnerRow> LinksAsync(string filter, CancellationToken cancellationToken) =>
        tables.Partners.QueryAsync<PartnerRow>(filter, cancellationToken: cancellationToken);

    // Ending a link also drops alerts about that user still waiting to go to that partner.
    private async Task DeleteAsync(PartnerRow link, CancellationToken cancellationToken)
    {
        await tables.Partners.DeleteEntityAsync(link.PartitionKey, link.RowKey, ETag.All, cancellationToken);
        var user = await contacts.FindAsync(link.UserPhone, cancellationToken);
        if (user is not null)
        {
            await outbox.CancelPendingAsync(link.PartnerPhone, user.UserId, OutboxKind.PartnerAlert, cancellationToken);
        }
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
