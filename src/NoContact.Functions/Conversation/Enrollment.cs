using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Coaching;
using NoContact.Functions.Hosting;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>Joining, and the first name a partner will see.</summary>
public sealed class Enrollment(
    Contacts contacts,
    CheckInPlanner planner,
    MilestoneMessages milestones,
    IOptions<NoContactOptions> options,
    TimeProvider time)
{
    public async Task<Reply> JoinAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        contact.Enrolled = true;
        contact.EnrolledAt = time.GetUtcNow();
        contact.TimeZone ??= options.Value.DefaultTimeZone;
        contact.CheckInsOn = true;
        await contacts.SaveAsync(contact, cancellationToken);
        await planner.PlanNextAsync(contact, cancellationToken);
        await milestones.PlanAsync(contact, cancellationToken);
        return Replies.Welcome;
    }

    public async Task<Reply> SetNameAsync(ContactRow contact, string text, CancellationToken cancellationToken)
    {
        // The only thing a partner ever sees about a user, so keep it to a plain first name.
        if (FirstName.Normalise(text) is not { } name)
        {
            return Replies.NameInvalid;
        }

        contact.Name = name;
        await contacts.SaveAsync(contact, cancellationToken);
        return Replies.NameSaved(name);
    }
}
