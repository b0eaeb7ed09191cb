using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Outbox;

/// <summary>Records of finished messages are kept thirty days, then deleted by the dispatcher.</summary>
[Collection(StorageCollection.Name)]
public sealed class RetentionTests(Azurite azurite)
{
    // A Wednesday, ten seconds past the hour: the dispatcher run that also purges.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 10, TimeSpan.Zero);

    [Fact]
    public async Task FinishedRecordsOlderThanThirtyDaysAreDeletedOnTheHourlyRun()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        app.Twilio.FailNext(400, 21211);
        await app.TextAsync(Conversations.User, "SLIP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var finished = await FinishedCountAsync(app);
        var dispatch = app.Create<DispatchOutbox>();

        app.Clock.Advance(TimeSpan.FromDays(29));
        await dispatch.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var after29Days = await FinishedCountAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await dispatch.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.True(finished >= 3);
        Assert.Equal(finished, after29Days);
        Assert.Empty(await app.OutboxAsync(OutboxState.Sent));
        Assert.Empty(await app.OutboxAsync(OutboxState.Failed));
    }

    private static async Task<int> FinishedCountAsync(TestApp app) =>
        (await app.OutboxAsync(OutboxState.Sent)).Count + (await app.OutboxAsync(OutboxState.Failed)).Count;
}
