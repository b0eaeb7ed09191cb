using NoContact.Core;
using NoContact.Functions.Outbox;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>Shortcuts for texting the app as a person would.</summary>
public static class Conversations
{
    public const string User = "+15550100123";
    public const string Partner = "+15550100124";

    /// <summary>Texts the app; every message of the reply must be plain GSM-7 and at most two segments.</summary>
    public static async Task<string?> TextAsync(this TestApp app, string from, string body, string? messageSid = null)
    {
        var messages = await TextForMessagesAsync(app, from, body, messageSid);
        return messages.Count > 0 ? string.Join("\n\n", messages) : null;
    }

    public static async Task<List<string>> TextForMessagesAsync(
        this TestApp app, string from, string body, string? messageSid = null)
    {
        var result = await app.Webhook.RunAsync(
            Webhook.Signed(Webhook.SmsFields(from, body, messageSid)), CancellationToken.None);
        var messages = Webhook.ReplyMessages(result);
        foreach (var message in messages)
        {
            Assert.True(SmsSegments.IsGsm7(message), $"Reply to '{body}' forces UCS-2: {message}");
            Assert.InRange(SmsSegments.Count(message), 1, 2);
        }

        return messages;
    }

    /// <summary>JOIN, NAME, PARTNER, the partner's YES, and the invite and answers sent.</summary>
    public static async Task EnrollWithPartnerAsync(this TestApp app, string user = User, string partner = Partner)
    {
        await app.TextAsync(user, "JOIN");
        await app.TextAsync(user, "NAME Sam");
        await app.TextAsync(user, "PARTNER " + partner);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await app.TextAsync(partner, "YES");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
    }

    public static async Task<List<OutboxRow>> OutboxAsync(this TestApp app, string state)
    {
        var rows = new List<OutboxRow>();
        await foreach (var row in app.Tables.Outbox.QueryAsync<OutboxRow>(r => r.PartitionKey == state))
        {
            rows.Add(row);
        }

        return rows;
    }
}
