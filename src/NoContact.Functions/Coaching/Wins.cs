using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>WIN: a small win, stored in the user's own words, answered and counted.</summary>
public sealed class Wins(NoContactTables tables, TimeProvider time)
{
    public const int MaxNoteLength = 160;

    public async Task<Reply> LogAsync(
        ContactRow contact, InboundSms sms, string words, CancellationToken cancellationToken)
    {
        var win = new MomentRow
        {
            PartitionKey = contact.Phone,
            RowKey = MomentRow.KeyFor(MomentRow.Win, sms.MessageSid),
            Kind = MomentRow.Win,
            At = time.GetUtcNow(),
            Note = words.Length == 0 ? null : words[..Math.Min(words.Length, MaxNoteLength)],
        };
        await tables.Moments.UpsertEntityAsync(win, TableUpdateMode.Replace, cancellationToken);
        return Replies.WinSaved(await CountAsync(contact.Phone, cancellationToken));
    }

    public async Task<int> CountAsync(string phone, CancellationToken cancellationToken)
    {
        var count = 0;
        var rows = tables.Moments.QueryAsync<MomentRow>(
            r => r.PartitionKey == phone && r.RowKey.CompareTo(MomentRow.Win + "-") > 0
                && r.RowKey.CompareTo(MomentRow.KeyAfterAll(MomentRow.Win)) < 0,
            select: ["RowKey"], cancellationToken: cancellationToken);
        await foreach (var _ in rows)
        {
            count++;
        }

        return count;
    }
}
