using NoContact.Core;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

[Collection(StorageCollection.Name)]
public sealed class SlipTriggerTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SlipWithoutATriggerAsksWhichAndStoresTheNumberedAnswer()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var slipReply = await app.TextForMessagesAsync(Conversations.User, "SLIP texted him");
        var answerReply = await app.TextAsync(Conversations.User, "2");

        Assert.Equal([Replies.SlipLogged(new Standing(1, 0, 1)), Replies.TriggerQuestion], slipReply);
        Assert.Equal(Replies.TriggerSaved(Trigger.Reminder), answerReply);
        Assert.Equal(nameof(Trigger.Reminder), (await SlipsAsync(app)).Single().Trigger);
    }

    [Fact]
    public async Task AnswerAfterAnotherKeywordStillCounts()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "SLIP");
        app.Clock.Advance(TimeSpan.FromHours(2));

        await app.TextAsync(Conversations.User, "STATUS");
        var answer = await app.TextAsync(Conversations.User, "lonely");

        Assert.Equal(Replies.TriggerSaved(Trigger.Lonely), answer);
        Assert.Equal(nameof(Trigger.Lonely), (await SlipsAsync(app)).Single().Trigger);
    }

    [Fact]
    public async Task AnswerThatNeverComesLeavesTheSlipWithoutTrigger()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "SLIP");
        app.Clock.Advance(TimeSpan.FromHours(7));

        var late = await app.TextAsync(Conversations.User, "3");

        Assert.StartsWith("Sorry, I did not get that.", late);
        Assert.Null((await SlipsAsync(app)).Single().Trigger);
    }

    [Fact]
    public async Task SlipWhoseWordsNameTheTriggerAsksNothing()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var reply = await app.TextForMessagesAsync(Conversations.User, "slip saw her story at our old restaurant");

        Assert.Single(reply);
        Assert.Equal(nameof(Trigger.Reminder), (await SlipsAsync(app)).Single().Trigger);
    }

    [Fact]
    public async Task StatusNamesTheCommonestTriggerAndTimeOfWeek()
    {
        // Friday 4 December 2026, 23:30 in New York.
        var fridayNight = new DateTimeOffset(2026, 12, 5, 4, 30, 0, TimeSpan.Zero);
        await using var app = await TestApp.StartAsync(azurite, fridayNight);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "SLIP had a few drinks");
        app.Clock.Advance(TimeSpan.FromDays(7));
        await app.TextAsync(Conversations.User, "SLIP");
        await app.TextAsync(Conversations.User, "7");
        app.Clock.Advance(TimeSpan.FromDays(3));

        var status = await app.TextAsync(Conversations.User, "STATUS");

        Assert.Equal(Replies.Status(new Standing(11, 3, 2), Trigger.Drinking, "Friday night"), status);
    }

    [Fact]
    public async Task TextAboutSelfHarmGetsTheCrisisLineFirstAndTheSlipIsStillLogged()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        var reply = await app.TextForMessagesAsync(Conversations.User, "SLIP I want to die");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var options = app.Get<Microsoft.Extensions.Options.IOptions<Functions.Hosting.NoContactOptions>>();
        Assert.Equal(options.Value.CrisisSupport, reply[0]);
        Assert.StartsWith("Logged.", reply[1]);
        Assert.Single(await SlipsAsync(app));
        var toPartner = app.Twilio.Sent.Where(sms => sms.To == Conversations.Partner).Select(sms => sms.Body).ToList();
        Assert.Equal([Replies.PartnerInvite("Sam"), Replies.PartnerSlipAlert("Sam")], toPartner);
    }

    [Fact]
    public async Task CrisisLineUsesTheConfiguredContactsEvenBeforeJoining()
    {
        await using var app = await TestApp.StartAsync(azurite, Now, new Dictionary<string, string?>
        {
            ["NoContact:CrisisSupport"] = "Samaritans: call 116 123, free, any time.",
        });

        var reply = await app.TextForMessagesAsync(Conversations.User, "i dont want to live anymore");

        Assert.Equal(["Samaritans: call 116 123, free, any time.", Replies.JoinFirst], reply);
    }

    private static async Task<List<SlipRow>> SlipsAsync(TestApp app)
    {
        var slips = new List<SlipRow>();
        await foreach (var slip in app.Tables.Slips.QueryAsync<SlipRow>())
        {
            slips.Add(slip);
        }

        return slips;
    }
}
