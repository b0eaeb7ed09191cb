using NoContact.Core;
using NoContact.Functions.Coaching;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Coaching;

/// <summary>Every coaching keyword, right and wrong, gets its exact reply (and TextAsync checks its length).</summary>
[Collection(StorageCollection.Name)]
public sealed class CoachingKeywordReplyTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachCoachingKeywordAnswersAsWritten()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        string?[] expected =
        [
            Replies.ReasonsNone, Replies.ReasonSaved(1), Replies.ReasonsList(["no more maybes"]),
            Replies.ReasonsCleared, Replies.DatesNone, Replies.DateInvalid, Replies.DateNotFound,
            Replies.AlertsState(false, false), Replies.AlertsInvalid, Replies.AlertsState(false, true),
            Replies.QuietNotPartner,
        ];
        string[] texts =
        [
            "REASONS", "REASONS no more maybes", "reasons", "REASONS CLEAR", "DATES", "DATE night out",
            "DATE REMOVE 1 Jan", "ALERTS", "ALERTS loud", "ALERTS MILESTONES ON", "QUIET",
        ];

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], await app.TextAsync(Conversations.User, texts[i]));
        }
    }

    [Fact]
    public async Task PartnerSetsShowsAndEndsQuietHours()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        Assert.Equal(Replies.QuietInvalid, await app.TextAsync(Conversations.Partner, "QUIET"));
        Assert.Equal(Replies.QuietSet("22:30-06:00"), await app.TextAsync(Conversations.Partner, "quiet 22:30-6"));
        Assert.Equal(Replies.QuietSet("22:30-06:00"), await app.TextAsync(Conversations.Partner, "QUIET"));
        Assert.Equal(Replies.QuietInvalid, await app.TextAsync(Conversations.Partner, "QUIET please"));
        Assert.Equal(Replies.QuietOff, await app.TextAsync(Conversations.Partner, "QUIET OFF"));
    }

    [Fact]
    public async Task CoachingRunWithThousandRowsAndNoneDueMakesOneStorageRequest()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var agenda = app.Get<Agenda>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => await agenda.PlanAsync(
                AgendaRow.For($"+1555010{i:D4}", $"u{i}", AgendaKind.Milestone, Now.AddDays(1 + i % 5)), ct));
        app.StorageRequests.Reset();

        var handled = await agenda.RunDueAsync(Now, CancellationToken.None);

        Assert.Equal(0, handled);
        Assert.Equal(1, app.StorageRequests.Count);
    }
}
