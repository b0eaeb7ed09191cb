using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>ALERTS (what a user lets the partner hear of) and QUIET (a partner's quiet hours).</summary>
public sealed class AlertSettings(NoContactTables tables, Contacts contacts)
{
    public async Task<Reply> AlertsAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        var words = argument.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && words[1] is "ON" or "OFF")
        {
            var on = words[1] == "ON";
            switch (words[0])
            {
                case "URGE" or "URGES":
                    contact.AlertUrges = on;
                    break;
                case "MILESTONE" or "MILESTONES":
                    contact.AlertMilestones = on;
                    break;
                default:
                    return Replies.AlertsInvalid;
            }

            await contacts.SaveAsync(contact, cancellationToken);
        }
        else if (words.Length > 0)
        {
            return Replies.AlertsInvalid;
        }

        return Replies.AlertsState(contact.AlertUrges, contact.AlertMilestones);
    }

    /// <summary>QUIET from a partner; null when the sender is no partner and meant something else.</summary>
    public async Task<Reply?> QuietAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        var off = argument.Equals("OFF", StringComparison.OrdinalIgnoreCase);
        var hours = QuietHours.Parse(argument);
        if (!await IsPartnerAsync(contact.Phone, cancellationToken))
        {
            return hours is not null || off || argument.Length == 0 ? (Reply)Replies.QuietNotPartner : null;
        }

        if (!off && hours is null)
        {
            return argument.Length == 0 && contact.QuietHours is { } current
                ? Replies.QuietSet(current)
                : Replies.QuietInvalid;
        }

        contact.QuietHours = hours?.Text;
        await contacts.SaveAsync(contact, cancellationToken);
        return hours is null ? Replies.QuietOff : Replies.QuietSet(hours.Text);
    }

    private async Task<bool> IsPartnerAsync(string phone, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {phone} and Status eq {PartnerStatus.Accepted}");
        await foreach (var _ in tables.Partners.QueryAsync<PartnerRow>(filter, cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }
}
