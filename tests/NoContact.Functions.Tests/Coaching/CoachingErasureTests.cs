using Azure.Data.Tables;
using NoContact.Core;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Coaching;

[Collection(StorageCollection.Name)]
public sealed class CoachingErasureTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Conversations.User)]
    [InlineData(Conversations.Partner)]
    public async Task DeleteYesLeavesNoCoachingRowAboutTheNumber(string eraser)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();
        await app.TextAsync(Conversations.Partner, "QUIET 23-7");
        foreach (var text in new[] { "REASONS she lied", "DATE 14 FEB anniversary", "URGE PARTNER", "WIN walked",
            "SLIP lonely", "SLIP lonely", "SLIP lonely", "SLIP lonely", "SLIP lonely" })
        {
            await app.TextAsync(Conversations.User, text);
        }

        var userId = (await app.Get<Contacts>().FindAsync(eraser, CancellationToken.None))!.UserId;
        await app.TextAsync(eraser, "DELETE");

        Assert.Equal(Replies.Deleted, await app.TextAsync(eraser, "DELETE YES"));
        foreach (var table in app.Tables.All)
        {
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                var values = string.Join(" ", row.Keys.Select(k => $"{k}={row[k]}"));
                Assert.DoesNotContain(eraser, values);
                Assert.DoesNotContain(userId, values);
            }
        }
    }
}
