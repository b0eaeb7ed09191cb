using NoContact.Core;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>
/// STOP and START. After STOP nothing is sent to the number (the dispatcher checks every
/// message), and any partner role it held ends.
/// </summary>
public sealed class OptOuts(Contacts contacts, PartnerLinks partners, CheckInPlanner planner)
{
    public async Task StopAsync(ContactRow contact, InboundSms sms, CancellationToken cancellationToken)
    {
        contact.OptedOut = true;
        await contacts.SaveAsync(contact, cancellationToken);
        await partners.LeaveAllAsync(contact.Phone, sms, cancellationToken);
    }

    public async Task<Reply> StartAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        contact.OptedOut = false;
        await contacts.SaveAsync(contact, cancellationToken);
        await planner.PlanNextAsync(contact, cancellationToken);
        return contact.Enrolled ? Replies.Resubscribed : Replies.JoinFirst;
    }
}
