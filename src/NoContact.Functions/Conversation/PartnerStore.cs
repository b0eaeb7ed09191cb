using Azure;
using Azure.Data.Tables;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>
/// Partner links in Table Storage: partition = the partner's number, row = the user's number.
/// Ending a link also drops what is still queued for that partner about that user.
/// </summary>
public sealed class PartnerStore(NoContactTables tables, Contacts contacts, OutboxStore outbox)
{
    private static readonly string[] AboutTheUser =
        [OutboxKind.PartnerInvite, OutboxKind.PartnerAlert, OutboxKind.PartnerMilestone];

    public async Task<PartnerRow?> FindAsync(string? partnerPhone, string userPhone, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(partnerPhone))
        {
            return null;
        }

        var response = await tables.Partners.GetEntityIfExistsAsync<PartnerRow>(
            partnerPhone, userPhone, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public Task SaveAsync(PartnerRow link, CancellationToken ct) =>
        tables.Partners.UpsertEntityAsync(link, TableUpdateMode.Replace, ct);

    /// <summary>The links in which the number is the partner.</summary>
    public IAsyncEnumerable<PartnerRow> AsPartnerAsync(string partnerPhone, CancellationToken ct) =>
        tables.Partners.QueryAsync<PartnerRow>(TableClient.CreateQueryFilter($"PartitionKey eq {partnerPhone}"),
            cancellationToken: ct);

    /// <summary>The links in which the number is the partner or the user.</summary>
    public IAsyncEnumerable<PartnerRow> InvolvingAsync(string phone, CancellationToken ct) =>
        tables.Partners.QueryAsync<PartnerRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {phone} or RowKey eq {phone}"), cancellationToken: ct);

    /// <summary>The invite awaiting this partner's answer, the latest if several users asked.</summary>
    public async Task<PartnerRow?> LatestInviteAsync(string partnerPhone, CancellationToken ct)
    {
        PartnerRow? latest = null;
        await foreach (var link in AsPartnerAsync(partnerPhone, ct))
        {
            if (link.Status == PartnerStatus.Invited && (latest is null || link.InvitedAt > latest.InvitedAt))
            {
                latest = link;
            }
        }

        return latest;
    }

    /// <summary>Marks the link with a new status and drops what waits to go to the partner about the user.</summary>
    public async Task EndAsync(PartnerRow link, string status, CancellationToken ct)
    {
        link.Status = status;
        await SaveAsync(link, ct);
        await CancelQueuedAsync(link, ct);
    }

    public async Task DeleteAsync(PartnerRow link, CancellationToken ct)
    {
        await tables.Partners.DeleteEntityAsync(link.PartitionKey, link.RowKey, ETag.All, ct);
        await CancelQueuedAsync(link, ct);
    }

    public Task CancelInviteAsync(PartnerRow link, string userId, CancellationToken ct) =>
        outbox.CancelPendingAsync(link.PartnerPhone, userId, [OutboxKind.PartnerInvite], ct);

    private async Task CancelQueuedAsync(PartnerRow link, CancellationToken ct)
    {
        var user = await contacts.FindAsync(link.UserPhone, ct);
        if (user is not null)
        {
            await outbox.CancelPendingAsync(link.PartnerPhone, user.UserId, AboutTheUser, ct);
        }
    }
}
