using NoContact.Core;
using NoContact.Functions.Outbox;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class FollowUpTests(Azurite azurite)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task SlipGetsThreeFollowUpsAtTheirLocalTimesAcrossTheSpringForward()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 3, 7, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(At(2026, 3, 7, 19, 0));

        await app.TextAsync(Conversations.User, "SLIP saw his photo");
        await app.RunTimersUntilAsync(At(2026, 3, 10, 12, 0), TimeSpan.FromHours(1));

        var sent = await app.DeliveredAsync(Conversations.User, OutboxKind.FollowUp);
        Assert.Equal(
            [new LocalDateTime(2026, 3, 7, 22, 0), new LocalDateTime(2026, 3, 8, 19, 0),
                new LocalDateTime(2026, 3, 9, 19, 0)],
            sent.Select(d => d.LocalAt(NewYork)));
        Assert.Equal(Replies.FollowUpSteps(hasPartner: false), sent[0].Body);
        Assert.Equal(Replies.FollowUpReset(Trigger.Reminder), sent[1].Body);
        Assert.Equal(Replies.FollowUpLearn(Trigger.Reminder), sent[2].Body);
    }

    [Fact]
    public async Task SlipLateAtNightIsFollowedUpAtEightNotInTheNight()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(At(2026, 12, 4, 23, 40));

        await app.TextAsync(Conversations.User, "SLIP");
        await app.RunTimersUntilAsync(At(2026, 12, 5, 12, 0), TimeSpan.FromMinutes(20));

        var first = Assert.Single(await app.DeliveredAsync(Conversations.User, OutboxKind.FollowUp));
        Assert.Equal(new LocalDateTime(2026, 12, 5, 8, 0), first.LocalAt(NewYork));
    }

    [Fact]
    public async Task NewSlipWithinTheFortyEightHoursReplacesThePlanInsteadOfAddingOne()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 9, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        var first = "SM" + new string('a', 32);
        var second = "SM" + new string('b', 32);
        await app.TextAsync(Conversations.User, "SLIP lonely", first);
        await app.RunTimersUntilAsync(At(2026, 12, 4, 20, 0), TimeSpan.FromHours(1));

        await app.TextAsync(Conversations.User, "SLIP lonely again", second);
        await app.RunTimersUntilAsync(At(2026, 12, 9, 10, 0), TimeSpan.FromHours(1));

        var ids = (await app.DeliveredAsync(Conversations.User, OutboxKind.FollowUp)).Select(d => d.Id).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Single(ids, id => id.Contains(first, StringComparison.Ordinal));
        Assert.Equal(3, ids.Count(id => id.Contains(second, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PausedUserGetsNoFollowUps()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2026, 12, 4, 9, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "PAUSE 5");

        await app.TextAsync(Conversations.User, "SLIP");
        await app.RunTimersUntilAsync(At(2026, 12, 7, 10, 0), TimeSpan.FromHours(2));

        Assert.Empty(await app.DeliveredAsync(Conversations.User, OutboxKind.FollowUp));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
