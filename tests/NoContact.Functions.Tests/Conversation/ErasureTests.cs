using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

[Collection(StorageCollection.Name)]
public sealed class ErasureTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteYesErasesEveryRowAboutTheNumberInEveryTable()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.User, "SLIP saw his photo");
        await app.TextAsync(Conversations.User, "SLIP");
        await app.TextAsync(Conversations.User, "CHECKIN FRI 22:00");
        var userId = (await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None))!.UserId;

        Assert.Equal(Replies.DeleteConfirm, await app.TextAsync(Conversations.User, "DELETE"));
        Assert.Equal(Replies.Deleted, await app.TextAsync(Conversations.User, "delete yes"));

        foreach (var (table, row) in await EveryRowAsync(app))
        {
            var values = string.Join(" ", row.Keys.Select(k => $"{k}={row[k]}"));
            Assert.DoesNotContain(Conversations.User, values);
            Assert.DoesNotContain("5550100123", values);
            Assert.DoesNotContain(userId, values);
        }
    }

    [Fact]
    public async Task PartnerWhoErasesIsGoneFromTheUsersRowToo()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        await app.TextAsync(Conversations.Partner, "DELETE");
        await app.TextAsync(Conversations.Partner, "DELETE YES");

        foreach (var (_, row) in await EveryRowAsync(app))
        {
            Assert.DoesNotContain(Conversations.Partner, string.Join(" ", row.Keys.Select(k => row[k])));
        }

        Assert.Equal(Replies.PartnerNone, await app.TextAsync(Conversations.User, "PARTNER"));
    }

    [Fact]
    public async Task DeleteYesLongAfterDeleteErasesNothing()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "DELETE");
        app.Clock.Advance(TimeSpan.FromMinutes(11));

        var reply = await app.TextAsync(Conversations.User, "DELETE YES");

        Assert.Equal(Replies.DeleteNeedsRequest, reply);
        Assert.NotNull(await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteFromAStrangerStoresNothing()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);

        var reply = await app.TextAsync(Conversations.User, "DELETE");

        Assert.Equal(Replies.NothingStored, reply);
        Assert.Null(await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None));
    }

    private static async Task<List<(string Table, TableEntity Row)>> EveryRowAsync(TestApp app)
    {
        var rows = new List<(string, TableEntity)>();
        foreach (var table in app.Tables.All)
        {
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                rows.Add((table.Name, row));
            }
        }

        return rows;
    }
}
