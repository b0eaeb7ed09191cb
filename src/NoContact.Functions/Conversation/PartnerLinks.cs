using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>
/// Accountability partners in the conversation: an invite, the partner's YES or NO, leaving, and
/// who is linked to whom. A partner gets one invite and nothing else until they say YES; a
/// number that said NO or left is never invited again by the same user.
/// </summary>
public sealed class PartnerLinks(
    PartnerStore links, Contacts contacts, OutboxStore outbox, IOptions<NoContactOptions> options, TimeProvider time)
{
    /// <summary>How long before a number whose invite was taken back can be invited again.</summary>
    public static readonly TimeSpan ReinviteAfter = TimeSpan.FromDays(7);

    public async Task<Reply> HandleAsync(ContactRow contact, InboundSms sms, string argument, CancellationToken ct)
    {
        if (argument.Length == 0)
        {
            var link = await links.FindAsync(contact.PartnerPhone, contact.Phone, ct);
            return link is null || !PartnerStatus.IsLive(link.Status)
                ? Replies.PartnerNone
                : Replies.PartnerState(Digits(link.PartnerPhone), link.Status == PartnerStatus.Accepted);
        }

        if (argument.Trim().TrimEnd('.', '!').ToUpperInvariant() is "REMOVE" or "DELETE" or "CANCEL")
        {
            return await RemoveAsync(contact, sms, ct);
        }

        if (string.IsNullOrEmpty(contact.Name))
        {
            return Replies.PartnerNeedsName;
        }

        var partner = PhoneNumberText.ToE164(argument, contact.Phone, options.Value.DefaultRegion);
        return partner switch
        {
            null => Replies.PartnerInvalidNumber,
            _ when partner == contact.Phone => Replies.PartnerIsSelf,
            _ => await InviteAsync(contact, partner, sms, ct),
        };
    }

    /// <summary>The partner's YES or NO to their latest invite; null when no invite awaits an answer.</summary>
    public async Task<Reply?> TryAnswerAsync(InboundSms sms, bool accept, CancellationToken ct)
    {
        var invite = await links.LatestInviteAsync(sms.From, ct);
        if (invite is null)
        {
            return null;
        }

        invite.Status = accept ? PartnerStatus.Accepted : PartnerStatus.Declined;
        await links.SaveAsync(invite, ct);
        var user = await contacts.FindAsync(invite.UserPhone, ct);
        if (user is not null)
        {
            // An answer can come before the dispatcher has sent the invite; then it need not go.
            await links.CancelInviteAsync(invite, user.UserId, ct);
            var digits = Digits(invite.PartnerPhone);
            await TellAsync(user.Phone, user.UserId, sms,
                accept ? Replies.PartnerAcceptedForUser(digits) : Replies.PartnerDeclinedForUser(digits), ct);
        }

        return accept ? Replies.PartnerAccepted(invite.UserName) : Replies.PartnerDeclinedThanks;
    }

    /// <summary>LEAVE: the partner steps out of every link, and each user is told.</summary>
    public async Task<Reply> LeaveAsync(InboundSms sms, CancellationToken ct) =>
        await LeaveAllAsync(sms.From, sms, ct) > 0 ? Replies.PartnerLeftThanks : Replies.NotAPartner;

    /// <summary>The partner's number, once they have said YES.</summary>
    public async Task<string?> AcceptedPartnerOfAsync(ContactRow contact, CancellationToken ct)
    {
        var link = await links.FindAsync(contact.PartnerPhone, contact.Phone, ct);
        return link?.Status == PartnerStatus.Accepted ? link.PartnerPhone : null;
    }

    /// <summary>Ends every live link in which the number is the partner, telling each user who had a YES.</summary>
    public async Task<int> LeaveAllAsync(string partnerPhone, InboundSms sms, CancellationToken ct)
    {
        var count = 0;
        await foreach (var link in links.AsPartnerAsync(partnerPhone, ct))
        {
            if (!PartnerStatus.IsLive(link.Status))
            {
                continue;
            }

            var wasAccepted = link.Status == PartnerStatus.Accepted;
            await links.EndAsync(link, PartnerStatus.Left, ct);
            var user = await ForgetPartnerAsync(link.UserPhone, partnerPhone, ct);
            if (wasAccepted && user is not null)
            {
                await TellAsync(user.Phone, user.UserId, sms, Replies.PartnerLeft(Digits(partnerPhone)), ct);
            }

            count++;
        }

        return count;
    }

    /// <summary>True when the number is in any link, as user or as partner.</summary>
    public async Task<bool> IsInvolvedAsync(string phone, CancellationToken ct)
    {
        await foreach (var _ in links.InvolvingAsync(phone, ct))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Removes every link the number is in, both ways. A user whose partner erases is told, as
    /// after a LEAVE; nothing is sent to the number that erases.
    /// </summary>
    public async Task EraseAsync(ContactRow contact, InboundSms sms, CancellationToken ct)
    {
        await foreach (var link in links.InvolvingAsync(contact.Phone, ct))
        {
            await links.DeleteAsync(link, ct);
            if (link.PartnerPhone != contact.Phone)
            {
                continue;
            }

            var user = await ForgetPartnerAsync(link.UserPhone, contact.Phone, ct);
            if (link.Status == PartnerStatus.Accepted && user is not null)
            {
                await TellAsync(user.Phone, user.UserId, sms, Replies.PartnerLeft(Digits(contact.Phone)), ct);
            }
        }
    }

    private async Task<Reply> InviteAsync(ContactRow contact, string partner, InboundSms sms, CancellationToken ct)
    {
        var existing = await links.FindAsync(partner, contact.Phone, ct);
        switch (existing?.Status)
        {
            case PartnerStatus.Invited:
                return Replies.PartnerState(Digits(partner), accepted: false);
            case PartnerStatus.Accepted:
                return Replies.PartnerState(Digits(partner), accepted: true);
            case PartnerStatus.Declined or PartnerStatus.Left:
                return Replies.PartnerUnavailable;
            case PartnerStatus.Withdrawn when time.GetUtcNow() - existing.InvitedAt < ReinviteAfter:
                return Replies.PartnerUnavailable;
        }

        // One neutral answer for every refusal, so it does not tell whether the number opted out.
        if (await contacts.IsOptedOutAsync(partner, ct))
        {
            return Replies.PartnerUnavailable;
        }

        var replaced = await EndCurrentLinkAsync(contact, sms, ct);
        var link = new PartnerRow
        {
            PartitionKey = partner,
            RowKey = contact.Phone,
            Status = PartnerStatus.Invited,
            UserName = contact.Name ?? "",
            InvitedAt = time.GetUtcNow(),
        };
        await links.SaveAsync(link, ct);
        contact.PartnerPhone = partner;
        await contacts.SaveAsync(contact, ct);
        await outbox.EnqueueAsync(
            new OutgoingSms($"invite-{sms.MessageSid}", partner, Replies.PartnerInvite(link.UserName),
                OutboxKind.PartnerInvite, contact.UserId, time.GetUtcNow()),
            ct);
        return replaced is { Status: PartnerStatus.Accepted }
            ? Replies.PartnerReplaced(Digits(partner), Digits(replaced.PartnerPhone))
            : Replies.PartnerInviteSent(Digits(partner));
    }

    private async Task<Reply> RemoveAsync(ContactRow contact, InboundSms sms, CancellationToken ct)
    {
        var removed = await EndCurrentLinkAsync(contact, sms, ct);
        if (removed is null)
        {
            return Replies.PartnerNone;
        }

        contact.PartnerPhone = null;
        await contacts.SaveAsync(contact, ct);
        return Replies.PartnerRemoved;
    }

    /// <summary>Deletes the user's live link, telling a partner who had said YES; returns it as it was.</summary>
    private async Task<PartnerRow?> EndCurrentLinkAsync(ContactRow contact, InboundSms sms, CancellationToken ct)
    {
        var link = await links.FindAsync(contact.PartnerPhone, contact.Phone, ct);
        if (link is null || !PartnerStatus.IsLive(link.Status))
        {
            return null;
        }

        // An unanswered invite is kept as withdrawn, so that taking it back and asking again
        // cannot text a stranger over and over.
        if (link.Status == PartnerStatus.Invited)
        {
            await links.EndAsync(link, PartnerStatus.Withdrawn, ct);
        }
        else
        {
            await links.DeleteAsync(link, ct);
        }

        // News about that partner still waiting to reach the user ("they agreed") is out of date now.
        await outbox.CancelPendingAsync(contact.Phone, contact.UserId, [OutboxKind.PartnerNews], ct);
        if (link.Status == PartnerStatus.Accepted)
        {
            var notice = Replies.PartnerRemovedForPartner(link.UserName);
            await TellAsync(link.PartnerPhone, contact.UserId, sms, notice, ct);
        }

        return link;
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

    private async Task TellAsync(string to, string userId, InboundSms sms, string body, CancellationToken ct) =>
        await outbox.EnqueueAsync(
            new OutgoingSms($"partner-news-{sms.MessageSid}-{Digits(to)}", to, body,
                OutboxKind.PartnerNews, userId, time.GetUtcNow()),
            ct);

    private static string Digits(string phone) => PhoneNumberText.LastDigits(phone);
}
