using Azure;
using Azure.Data.Tables;

namespace NoContact.Functions.Storage;

/// <summary>Reads and writes <see cref="ContactRow"/>s.</summary>
public sealed class Contacts(NoContactTables tables)
{
    public async Task<ContactRow?> FindAsync(string phone, CancellationToken cancellationToken)
    {
        var response = await tables.Contacts.GetEntityIfExistsAsync<ContactRow>(
            phone, ContactRow.Key, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<ContactRow> FindOrNewAsync(string phone, CancellationToken cancellationToken) =>
        await FindAsync(phone, cancellationToken) ?? New(phone);

    /// <summary>
    /// Saves the row only if nobody changed it since it was read, so a slower handler cannot undo
    /// a STOP or bring back an erased number; otherwise throws <see cref="ContactChangedException"/>.
    /// </summary>
    public async Task SaveAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        try
        {
            var table = tables.Contacts;
            var response = contact.IsStored
                ? await table.UpdateEntityAsync(contact, contact.ETag, TableUpdateMode.Replace, cancellationToken)
                : await table.AddEntityAsync(contact, cancellationToken);
            contact.ETag = response.Headers.ETag ?? contact.ETag;
            contact.Timestamp ??= DateTimeOffset.UtcNow;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw new ContactChangedException(contact.UserId, e);
        }
    }

    public async Task<bool> IsOptedOutAsync(string phone, CancellationToken cancellationToken) =>
        (await FindAsync(phone, cancellationToken))?.OptedOut ?? false;

    private static ContactRow New(string phone) => new()
    {
        PartitionKey = phone,
        RowKey = ContactRow.Key,
        UserId = "u" + Guid.NewGuid().ToString("N")[..12],
        ETag = ETag.All,
    };
}

/// <summary>A contact row changed (or vanished) between its read and its save.</summary>
public sealed class ContactChangedException(string userId, Exception inner)
    : Exception($"Contact of user {userId} changed while it was being handled.", inner);
