using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using NoContact.Core;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>
/// DELETE, then DELETE YES within ten minutes: erases every row that holds this number or this
/// user's id, in every table, including partner links in both directions.
/// </summary>
public sealed partial class Erasure(
    NoContactTables tables, Contacts contacts, PartnerLinks partners, TimeProvider time, ILogger<Erasure> logger)
{
    public static readonly TimeSpan ConfirmWindow = TimeSpan.FromMinutes(10);

    public async Task<Reply> HandleAsync(
        ContactRow contact, InboundSms sms, string argument, CancellationToken cancellationToken)
    {
        var answer = argument.Trim().TrimEnd('.', '!').ToUpperInvariant();
        if (!contact.IsStored && !await partners.IsInvolvedAsync(contact.Phone, cancellationToken))
        {
            return Replies.NothingStored;
        }

        if (answer is "NO" or "CANCEL")
        {
            contact.DeleteRequestedAt = null;
            await contacts.SaveAsync(contact, cancellationToken);
            return Replies.DeleteCancelled;
        }

        var confirming = answer == "YES";
        if (!confirming)
        {
            contact.DeleteRequestedAt = time.GetUtcNow();
            await contacts.SaveAsync(contact, cancellationToken);
            return Replies.DeleteConfirm;
        }

        if (contact.DeleteRequestedAt is not { } requested || time.GetUtcNow() - requested > ConfirmWindow)
        {
            return Replies.DeleteNeedsRequest;
        }

        await EraseAsync(contact, sms, cancellationToken);
        LogErased(logger, contact.UserId);
        return new Reply([Replies.Deleted], ForgetSender: true);
    }

    private async Task EraseAsync(ContactRow contact, InboundSms sms, CancellationToken cancellationToken)
    {
        var phone = contact.Phone;
        await partners.EraseAsync(contact, sms, cancellationToken);
        var byNumber = TableClient.CreateQueryFilter($"PartitionKey eq {phone}");
        await DeleteWhereAsync(tables.Outbox,
            TableClient.CreateQueryFilter($"To eq {phone} or UserId eq {contact.UserId}"), cancellationToken);
        await DeleteWhereAsync(tables.CheckIns, TableClient.CreateQueryFilter($"Phone eq {phone}"), cancellationToken);
        await DeleteWhereAsync(tables.Agenda, TableClient.CreateQueryFilter(
            $"Phone eq {phone} or UserId eq {contact.UserId} or Subject eq {phone}"), cancellationToken);
        await DeleteWhereAsync(tables.PartnerAlerts,
            TableClient.CreateQueryFilter($"PartitionKey eq {phone} or RowKey eq {phone}"), cancellationToken);
        await DeleteWhereAsync(tables.Moments, byNumber, cancellationToken);
        await DeleteWhereAsync(tables.Slips, byNumber, cancellationToken);
        await DeleteWhereAsync(tables.Inbound, byNumber, cancellationToken);
        await DeleteWhereAsync(tables.Contacts, byNumber, cancellationToken);
    }

    private static async Task DeleteWhereAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            await table.DeleteIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Erased all data of user {UserId}")]
    private static partial void LogErased(ILogger logger, string userId);
}
