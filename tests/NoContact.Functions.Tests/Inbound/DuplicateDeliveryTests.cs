using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Inbound;

[Collection(StorageCollection.Name)]
public sealed class DuplicateDeliveryTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SameMessageDeliveredTwiceLogsOneSlipAndOnePartnerAlert()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        var sid = Webhook.NewSid();

        var first = await app.TextAsync(Conversations.User, "SLIP saw her story", sid);
        var second = await app.TextAsync(Conversations.User, "SLIP saw her story", sid);

        Assert.Equal(first, second);
        await AssertOneSlipAndOneAlertAsync(app);
    }

    [Fact]
    public async Task SameMessageDeliveredFiveTimesAtOnceLogsOneSlipAndAnswersAllAlike()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        var fields = Webhook.SmsFields(Conversations.User, "slip", Webhook.NewSid());

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Task.Run(() => app.Webhook.RunAsync(Webhook.Signed(fields), CancellationToken.None))));

        var replies = results.Select(Webhook.ReplyText).ToList();
        Assert.All(replies, reply => Assert.Equal(replies[0], reply));
        Assert.Contains("one slip", replies[0]);
        await AssertOneSlipAndOneAlertAsync(app);
    }

    private static async Task AssertOneSlipAndOneAlertAsync(TestApp app)
    {
        var slips = new List<SlipRow>();
        await foreach (var slip in app.Tables.Slips.QueryAsync<SlipRow>())
        {
            slips.Add(slip);
        }

        Assert.Single(slips);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var alerts = (await app.OutboxAsync(OutboxState.Sent)).Where(r => r.Kind == OutboxKind.PartnerAlert);
        Assert.Single(alerts);
        Assert.Single(app.Twilio.Sent, sms => sms.To == Conversations.Partner && sms.Body.Contains("logged a slip"));
    }
}
