using NoContact.Core;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

/// <summary>A handler holding an old copy of a contact cannot undo what a later text did.</summary>
[Collection(StorageCollection.Name)]
public sealed class StaleSaveTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OldCopySavedAfterStopIsRefusedAndStopStands()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        var contacts = app.Get<Contacts>();
        var stale = (await contacts.FindAsync(Conversations.User, CancellationToken.None))!;

        await app.TextAsync(Conversations.User, "STOP");
        stale.Name = "Sam";

        await Assert.ThrowsAsync<ContactChangedException>(() => contacts.SaveAsync(stale, CancellationToken.None));
        Assert.True((await contacts.FindAsync(Conversations.User, CancellationToken.None))!.OptedOut);
    }

    [Fact]
    public async Task OldCopySavedAfterEraseDoesNotBringTheNumberBack()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        var contacts = app.Get<Contacts>();
        var stale = (await contacts.FindAsync(Conversations.User, CancellationToken.None))!;

        await app.TextAsync(Conversations.User, "DELETE");
        await app.TextAsync(Conversations.User, "DELETE YES");

        await Assert.ThrowsAsync<ContactChangedException>(() => contacts.SaveAsync(stale, CancellationToken.None));
        Assert.Null(await contacts.FindAsync(Conversations.User, CancellationToken.None));
    }

    [Fact]
    public async Task TwoJoinsAtOnceEnrollOnceAndBothAreAnswered()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);

        var replies = await Task.WhenAll(
            Task.Run(() => app.TextAsync(Conversations.User, "JOIN")),
            Task.Run(() => app.TextAsync(Conversations.User, "JOIN")));

        Assert.Contains(Replies.Welcome, replies);
        Assert.All(replies, reply => Assert.False(string.IsNullOrEmpty(reply)));
    }
}
