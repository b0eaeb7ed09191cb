using NoContact.Core;
using NoContact.Functions.Storage;
using NodaTime;

namespace NoContact.Functions.Coaching;

/// <summary>A user's slips as the coaching sees them: when, and what led to each.</summary>
public sealed class SlipHistory(NoContactTables tables)
{
    public async Task<List<SlipFact>> FactsAsync(string phone, CancellationToken cancellationToken)
    {
        var slips = new List<SlipFact>();
        var rows = tables.Slips.QueryAsync<SlipRow>(
            r => r.PartitionKey == phone,
            select: [nameof(SlipRow.At), nameof(SlipRow.Trigger)],
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            var trigger = Enum.TryParse<Trigger>(row.Trigger, out var parsed) ? parsed : (Trigger?)null;
            slips.Add(new SlipFact(Instant.FromDateTimeOffset(row.At), trigger));
        }

        return slips;
    }
}
