using Microsoft.Azure.Functions.Worker;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Hosting;

/// <summary>The timer functions themselves, built by DI as the host builds them.</summary>
[Collection(StorageCollection.Name)]
public sealed class TimerFunctionTests(Azurite azurite)
{
    [Fact]
    public async Task LateTimerRunsQueueAndSendTheCheckInOnce()
    {
        var fridayNoon = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        await using var app = await TestApp.StartAsync(azurite, fridayNoon);
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 4, 3, 0, TimeSpan.Zero));
        var checkIns = app.Create<Functions.CheckIns.CheckIns>();
        var dispatch = app.Create<DispatchOutbox>();
        var late = new TimerInfo { IsPastDue = true };

        await checkIns.RunAsync(late, CancellationToken.None);
        await checkIns.RunAsync(late, CancellationToken.None);
        await dispatch.RunAsync(late, CancellationToken.None);
        await dispatch.RunAsync(new TimerInfo(), CancellationToken.None);

        var sent = Assert.Single(app.Twilio.Sent);
        Assert.Equal(Core.Replies.CheckIn, sent.Body);
        Assert.Equal(Conversations.User, sent.To);
    }
}
