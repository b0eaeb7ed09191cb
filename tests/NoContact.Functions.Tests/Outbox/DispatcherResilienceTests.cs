using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NoContact.Functions.Hosting;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Outbox;

/// <summary>
/// Situations a real Twilio cannot be made to produce on cue, played by a mocked sender over the
/// real outbox in Azurite.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class DispatcherResilienceTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SenderThatThrowsOnOneMessageDoesNotHoldBackTheOthers()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await QueueAsync(app, "a-first", "+15550100131");
        await QueueAsync(app, "b-second", "+15550100132");
        var sender = new Mock<ISmsSender>();
        sender.Setup(s => s.SendAsync("+15550100131", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));
        sender.Setup(s => s.SendAsync("+15550100132", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SendResult.Sent("SM" + new string('2', 32)));

        var summary = await DispatcherWith(app, sender.Object).DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, summary.Sent);
        sender.Verify(s => s.SendAsync("+15550100132", "hello", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(await app.OutboxAsync(OutboxState.Pending));
    }

    [Fact]
    public async Task MessageCancelledWhileItWasBeingSentIsRecordedAsSent()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await QueueAsync(app, "invite-x", "+15550100131");
        var sender = new Mock<ISmsSender>();
        sender.Setup(s => s.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                // The partner's YES lands mid-send and cancels the queued invite.
                await app.Tables.Outbox.DeleteEntityAsync(OutboxState.Pending, "invite-x");
                return new SendResult.Sent("SM" + new string('3', 32));
            });

        var summary = await DispatcherWith(app, sender.Object).DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, summary.Sent);
        Assert.Single(await app.OutboxAsync(OutboxState.Sent));
        Assert.Empty(await app.OutboxAsync(OutboxState.Pending));
    }

    private static Dispatcher DispatcherWith(TestApp app, ISmsSender sender) => new(
        app.Get<OutboxStore>(), app.Get<Contacts>(), sender, app.Get<IOptions<NoContactOptions>>(), app.Clock,
        NullLogger<Dispatcher>.Instance);

    private static Task QueueAsync(TestApp app, string id, string to) =>
        app.Get<OutboxStore>().EnqueueAsync(
            new OutgoingSms(id, to, "hello", OutboxKind.PartnerNews, "u-test", Now), CancellationToken.None);
}
