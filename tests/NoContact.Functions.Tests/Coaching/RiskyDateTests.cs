using NoContact.Core;
using NoContact.Core.Coaching;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class RiskyDateTests(Azurite azurite)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task RiskyDateBringsANoteTheEveningBeforeAndTwoCheckInsOnTheDay()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2027, 2, 12, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        var saved = await app.TextAsync(Conversations.User, "DATE 14 FEB anniversary");
        await app.RunTimersUntilAsync(At(2027, 2, 15, 12, 0), TimeSpan.FromHours(1));

        Assert.Equal(Replies.DateSaved(new RiskyDate(2, 14, "anniversary")), saved);
        var sent = await DateMessagesAsync(app);
        Assert.Equal(
            [new LocalDateTime(2027, 2, 13, 20, 0), new LocalDateTime(2027, 2, 14, 9, 0),
                new LocalDateTime(2027, 2, 14, 21, 0)],
            sent.Select(d => d.LocalAt(NewYork)));
        Assert.Equal(Replies.DateEveBefore("anniversary"), sent[0].Body);
        Assert.Equal(Replies.DateMorning("anniversary"), sent[1].Body);
        Assert.Equal(Replies.DateEvening("anniversary"), sent[2].Body);
    }

    [Fact]
    public async Task TwentyNinthOfFebruaryIsMarkedOnTheTwentyEighthInAYearWithoutOne()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2027, 2, 26, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        await app.TextAsync(Conversations.User, "DATE 29 feb first date");
        await app.RunTimersUntilAsync(At(2027, 3, 2, 12, 0), TimeSpan.FromHours(1));

        Assert.Equal(
            [new LocalDateTime(2027, 2, 27, 20, 0), new LocalDateTime(2027, 2, 28, 9, 0),
                new LocalDateTime(2027, 2, 28, 21, 0)],
            (await DateMessagesAsync(app)).Select(d => d.LocalAt(NewYork)));
    }

    [Fact]
    public async Task DatesAreListedAndARemovedDateBringsNothing()
    {
        await using var app = await TestApp.StartAsync(azurite, At(2027, 3, 1, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "DATE 3/7 birthday");
        await app.TextAsync(Conversations.User, "DATE 14 FEB anniversary");

        var listed = await app.TextAsync(Conversations.User, "DATES");
        var removed = await app.TextAsync(Conversations.User, "DATE REMOVE 7 March");
        await app.RunTimersUntilAsync(At(2027, 3, 8, 12, 0), TimeSpan.FromHours(2));

        Assert.Equal("Your dates: 14 Feb anniversary, 7 Mar birthday. DATE REMOVE 14 FEB drops one.", listed);
        Assert.Equal(Replies.DateRemoved(new RiskyDate(3, 7, "birthday")), removed);
        Assert.Empty(await DateMessagesAsync(app));
    }

    private static async Task<List<Delivered>> DateMessagesAsync(TestApp app) =>
        (await app.DeliveredAsync()).Where(d => d.Id.StartsWith("date-", StringComparison.Ordinal)).ToList();

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeOffset();
}
