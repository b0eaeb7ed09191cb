using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;

namespace NoContact.Functions.Storage;

/// <summary>The app's tables, named with the configured prefix.</summary>
public sealed class NoContactTables(TableServiceClient service, IOptions<NoContactOptions> options)
{
    private readonly string prefix = options.Value.TablePrefix;

    /// <summary>One row per phone number that has texted us or been invited (key: the number).</summary>
    public TableClient Contacts => Table("Contacts");

    /// <summary>Partner links, keyed by the partner's number, then the user's.</summary>
    public TableClient Partners => Table("Partners");

    /// <summary>Slips, keyed by the user's number, then the webhook's MessageSid.</summary>
    public TableClient Slips => Table("Slips");

    /// <summary>Webhook deliveries already handled and their replies, for idempotency.</summary>
    public TableClient Inbound => Table("Inbound");

    /// <summary>Outgoing SMS, partitioned by state: pending, sent, failed.</summary>
    public TableClient Outbox => Table("Outbox");

    /// <summary>Next check-in per user, keyed by due time so a run reads only what is due.</summary>
    public TableClient CheckIns => Table("CheckIns");

    /// <summary>Coaching to send later (follow-ups, milestones, dates), keyed by due time like check-ins.</summary>
    public TableClient Agenda => Table("Agenda");

    /// <summary>Urges and wins, keyed by the user's number, then kind and MessageSid.</summary>
    public TableClient Moments => Table("Moments");

    /// <summary>Recent alerts to each partner, keyed by the partner's number, then the user's.</summary>
    public TableClient PartnerAlerts => Table("PartnerAlerts");

    public IEnumerable<TableClient> All =>
        [Contacts, Partners, Slips, Inbound, Outbox, CheckIns, Agenda, Moments, PartnerAlerts];

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    private TableClient Table(string name) => service.GetTableClient(prefix + name);
}

/// <summary>Storage outcomes the app expects and handles where they happen.</summary>
public static class StorageErrors
{
    public static bool IsConflict(RequestFailedException e) => e.Status == 409;

    public static bool IsNotFound(RequestFailedException e) => e.Status == 404;

    /// <summary>The row changed (or vanished) since it was read.</summary>
    public static bool IsLostRace(RequestFailedException e) => e.Status is 412 or 404;
}
