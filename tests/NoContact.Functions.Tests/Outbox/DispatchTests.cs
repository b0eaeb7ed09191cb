using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Outbox;

[Collection(StorageCollection.Name)]
public sealed class DispatchTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task PassingTwilioErrorLeavesTheMessageDueLaterAndSendsItOnce(int status)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP");
        app.Twilio.FailNext(status, code: status == 429 ? 20429 : 20500);

        var first = await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        var pending = Assert.Single(await app.OutboxAsync(OutboxState.Pending));
        Assert.Equal(1, pending.Attempts);
        Assert.True(pending.NotBefore > Now + TimeSpan.FromSeconds(50));
        await AssertRetriedOnceAsync(app);
    }

    [Fact]
    public async Task TwilioTimeoutLeavesTheMessageDueLaterAndSendsItOnce()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP");
        app.Twilio.HangNext(TimeSpan.FromSeconds(4));

        var first = await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        await AssertRetriedOnceAsync(app);
    }

    [Theory]
    [InlineData(21610)]
    [InlineData(21211)]
    public async Task PermanentTwilioErrorMarksTheMessageFailedWithoutRetrying(int code)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP");
        app.Twilio.FailNext(400, code);
        var requestsBefore = app.Twilio.Requests;

        var first = await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Failed);
        Assert.Equal(requestsBefore + 1, app.Twilio.Requests);
        Assert.Empty(await app.OutboxAsync(OutboxState.Pending));
        var failed = Assert.Single(await app.OutboxAsync(OutboxState.Failed));
        Assert.Contains(code.ToString(), failed.Error);
    }

    [Fact]
    public async Task LogsNameNoPhoneNumberAndNoMessageText()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP texted him at the bar");
        app.Twilio.FailNext(500);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var logs = string.Join("\n", app.Logs.Lines);

        Assert.Contains(app.Twilio.Sent.Last().Sid, logs);
        foreach (var secret in new[] { Conversations.User, Conversations.Partner, "5550100123", "0100124",
            "texted him", "logged a slip", "Sam" })
        {
            Assert.DoesNotContain(secret, logs);
        }
    }

    [Fact]
    public async Task SendsFromTheConfiguredNumberWithTheAccountsCredentials()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        var invite = app.Twilio.Sent.First();

        Assert.Equal(TestApp.OurNumber, invite.From);
        Assert.Equal(Conversations.Partner, invite.To);
        var expected = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            "AC" + new string('0', 32) + ":" + TestApp.AuthToken));
        Assert.Equal("Basic " + expected, invite.Authorization);
    }

    private static async Task AssertRetriedOnceAsync(TestApp app)
    {
        var sentBefore = app.Twilio.Sent.Count;
        var tooSoon = await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, tooSoon.Sent);
        Assert.Equal(1, retried.Sent);
        Assert.Equal(sentBefore + 1, app.Twilio.Sent.Count);
        Assert.Empty(await app.OutboxAsync(OutboxState.Pending));
        var sent = (await app.OutboxAsync(OutboxState.Sent)).Single(r => r.Kind == OutboxKind.PartnerAlert);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.Body);
    }
}
