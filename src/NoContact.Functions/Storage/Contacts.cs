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

    public Task SaveAsync(ContactRow contact, CancellationToken cancellationToken) =>
        tables.Contacts.UpsertEntityAsync(contact, TableUpdateMode.Replace, cancellationToken);

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
