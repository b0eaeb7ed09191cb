using Azure.Data.Tables;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Outbox;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.CheckIns;

[Collection(StorageCollection.Name)]
public sealed class CheckInTests(Azurite azurite)
{
    private const string Londoner = "+447700900123";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public async Task EachUserGetsTheirsAtTheirOwn2300()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Londoner, "JOIN");
        await MoveToZoneAsync(app, Londoner, "Europe/London");

        await RunTimersUntilAsync(app, Utc(2026, 12, 5, 6, 0), TimeSpan.FromMinutes(5));

        var sent = await CheckInsSentAsync(app);
        Assert.Equal(2, sent.Count);
        Assert.Equal(new LocalDateTime(2026, 12, 4, 23, 0), LocalSendTime(sent, Conversations.User, NewYork).Single());
        Assert.Equal(new LocalDateTime(2026, 12, 4, 23, 0), LocalSendTime(sent, Londoner, London).Single());
    }

    [Theory]
    [InlineData(2026, 3, 6)]
    [InlineData(2026, 10, 30)]
    public async Task DaylightSavingWeekendGetsExactlyOneCheckInEachNight(int year, int month, int friday)
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(year, month, friday, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        await RunTimersUntilAsync(app, Utc(year, month, friday, 12, 0) + TimeSpan.FromDays(3), TimeSpan.FromMinutes(5));

        var times = LocalSendTime(await CheckInsSentAsync(app), Conversations.User, NewYork);
        var fridayDate = new LocalDate(year, month, friday);
        Assert.Equal(
            [fridayDate.At(new LocalTime(23, 0)), fridayDate.PlusDays(1).At(new LocalTime(23, 0)),
                fridayDate.PlusDays(2).At(new LocalTime(23, 0))],
            times.Order());
    }

    [Fact]
    public async Task TimerRunningTwiceForTheSameMinuteSendsOnce()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(Utc(2026, 12, 5, 4, 0));

        var counts = await Task.WhenAll(
            app.CheckIns.QueueDueAsync(CancellationToken.None), app.CheckIns.QueueDueAsync(CancellationToken.None));
        var again = await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, counts.Sum());
        Assert.Equal(0, again);
        Assert.Single(await CheckInsSentAsync(app));
    }

    [Fact]
    public async Task RunMissedByAFewMinutesStillSendsOnce()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        app.Clock.SetUtcNow(Utc(2026, 12, 5, 3, 58));
        await app.CheckIns.QueueDueAsync(CancellationToken.None);

        app.Clock.SetUtcNow(Utc(2026, 12, 5, 4, 7));
        await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(await CheckInsSentAsync(app));
    }

    [Fact]
    public async Task CheckInLongOverdueIsSkippedAndTheNextOneIsPlanned()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        app.Clock.SetUtcNow(Utc(2026, 12, 5, 9, 0));
        await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await RunTimersUntilAsync(app, Utc(2026, 12, 6, 6, 0), TimeSpan.FromMinutes(10));

        var times = LocalSendTime(await CheckInsSentAsync(app), Conversations.User, NewYork);
        Assert.Equal([new LocalDateTime(2026, 12, 5, 23, 0)], times);
    }

    [Fact]
    public async Task AfterAWeekWithoutRunsTheCheckInStillWithinGraceIsSent()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");

        app.Clock.SetUtcNow(Utc(2026, 12, 12, 4, 10));
        await app.CheckIns.QueueDueAsync(CancellationToken.None);
        await RunTimersUntilAsync(app, Utc(2026, 12, 12, 6, 0), TimeSpan.FromMinutes(1));

        var times = LocalSendTime(await CheckInsSentAsync(app), Conversations.User, NewYork);
        Assert.Equal([new LocalDateTime(2026, 12, 11, 23, 11)], times);
    }

    [Fact]
    public async Task CheckInRunWithThousandUsersAndNoneDueMakesOneStorageRequest()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 1, 12, 0));
        await SeedUsersWithCheckInsNextWeekAsync(app, 1000);
        app.StorageRequests.Reset();

        var queued = await app.CheckIns.QueueDueAsync(CancellationToken.None);

        Assert.Equal(0, queued);
        Assert.Equal(1, app.StorageRequests.Count);
    }

    [Fact]
    public async Task UserWhoSentStopGetsNoCheckInUntilStart()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "STOP");

        await RunTimersUntilAsync(app, Utc(2026, 12, 5, 12, 0), TimeSpan.FromMinutes(10));
        var whileStopped = await CheckInsSentAsync(app);
        await app.TextAsync(Conversations.User, "START");
        await RunTimersUntilAsync(app, Utc(2026, 12, 6, 12, 0), TimeSpan.FromMinutes(10));

        Assert.Empty(whileStopped);
        var times = LocalSendTime(await CheckInsSentAsync(app), Conversations.User, NewYork);
        Assert.Equal([new LocalDateTime(2026, 12, 5, 23, 0)], times);
    }

    [Fact]
    public async Task PauseSkipsCheckInsAndTheyComeBackWhenItEnds()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "PAUSE 2");

        await RunTimersUntilAsync(app, Utc(2026, 12, 8, 12, 0), TimeSpan.FromMinutes(10));

        var times = LocalSendTime(await CheckInsSentAsync(app), Conversations.User, NewYork);
        Assert.Equal([new LocalDateTime(2026, 12, 6, 23, 0)], times);
    }

    [Fact]
    public async Task ChangedTimeZoneAndScheduleMoveTheNextCheckIn()
    {
        await using var app = await TestApp.StartAsync(azurite, Utc(2026, 12, 4, 12, 0));
        await app.TextAsync(Londoner, "JOIN");
        await app.TextAsync(Londoner, "TZ London");
        await app.TextAsync(Londoner, "CHECKIN FRI 21:30");

        await RunTimersUntilAsync(app, Utc(2026, 12, 6, 12, 0), TimeSpan.FromMinutes(10));

        var times = LocalSendTime(await CheckInsSentAsync(app), Londoner, London);
        Assert.Equal([new LocalDateTime(2026, 12, 4, 21, 30)], times);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task RunTimersUntilAsync(TestApp app, DateTimeOffset until, TimeSpan step)
    {
        while (app.Clock.GetUtcNow() < until)
        {
            app.Clock.Advance(step);
            await app.CheckIns.QueueDueAsync(CancellationToken.None);
            await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        }
    }

    private static async Task MoveToZoneAsync(TestApp app, string phone, string zone)
    {
        var contacts = app.Get<Contacts>();
        var contact = (await contacts.FindAsync(phone, CancellationToken.None))!;
        contact.TimeZone = zone;
        await contacts.SaveAsync(contact, CancellationToken.None);
        await app.CheckIns.PlanNextAsync(contact, CancellationToken.None);
    }

    private static async Task<List<OutboxRow>> CheckInsSentAsync(TestApp app) =>
        (await app.OutboxAsync(OutboxState.Sent)).Where(r => r.Kind == OutboxKind.CheckIn).ToList();

    private static List<LocalDateTime> LocalSendTime(List<OutboxRow> sent, string phone, DateTimeZone zone) =>
        sent.Where(r => r.To == phone)
            .Select(r => Instant.FromDateTimeOffset(r.FinishedAt!.Value).InZone(zone).LocalDateTime)
            .ToList();

    private static async Task SeedUsersWithCheckInsNextWeekAsync(TestApp app, int count)
    {
        var contacts = app.Get<Contacts>();
        var users = Enumerable.Range(0, count).Select(i => $"+1555010{i:D4}").ToList();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (phone, ct) =>
        {
            var contact = await contacts.FindOrNewAsync(phone, ct);
            contact.Enrolled = true;
            contact.EnrolledAt = app.Clock.GetUtcNow();
            contact.CheckInsOn = true;
            contact.TimeZone = "America/New_York";
            await contacts.SaveAsync(contact, ct);
            await app.CheckIns.PlanNextAsync(contact, ct);
        });

        var rows = app.Tables.CheckIns.QueryAsync<TableEntity>(r => r.PartitionKey == CheckInRow.Due);
        Assert.Equal(count, await rows.CountAsync());
    }
}
