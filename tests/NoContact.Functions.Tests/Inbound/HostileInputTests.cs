using Microsoft.AspNetCore.Mvc;
using NoContact.Core;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Inbound;

/// <summary>Input a newcomer threw at the webhook while trying to break it.</summary>
[Collection(StorageCollection.Name)]
public sealed class HostileInputTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("From", "not-a-number")]
    [InlineData("From", "")]
    [InlineData("MessageSid", "SMshort")]
    [InlineData("MessageSid", "")]
    public async Task SignedRequestWithMalformedIdsIsABadRequestAndStoresNothing(string field, string value)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN");
        fields[field] = value;

        var result = await app.Webhook.RunAsync(Webhook.Signed(fields), CancellationToken.None);

        Assert.Equal(400, Assert.IsType<ObjectResult>(result).StatusCode);
        Assert.Null(await app.Get<Storage.Contacts>().FindAsync(value, CancellationToken.None));
    }

    [Fact]
    public async Task TwoThousandCharacterSidIsABadRequestNotAServerError()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var fields = Webhook.SmsFields(Conversations.User, "JOIN", "SM" + new string('a', 2000));

        var result = await app.Webhook.RunAsync(Webhook.Signed(fields), CancellationToken.None);

        Assert.Equal(400, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task UnsignedRequestCannotWriteIntoTheLog()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var injected = "+15550100999 my secret text\nwarn: Fake[1] injected";
        var fields = Webhook.SmsFields(Conversations.User, "JOIN", injected);

        await app.Webhook.RunAsync(Webhook.Request(fields, signature: "bogus"), CancellationToken.None);

        var logs = string.Join("\n", app.Logs.Lines);
        Assert.Contains("Rejected a webhook", logs);
        Assert.DoesNotContain("secret", logs);
        Assert.DoesNotContain("5550100999", logs);
    }

    [Theory]
    [InlineData("' or 1 eq 1")]
    [InlineData("PARTNER ' or PartitionKey ne '")]
    [InlineData("TZ ' or 1 eq 1")]
    [InlineData("🙂🙂🙂")]
    [InlineData("")]
    public async Task FilterLikeOrEmptyTextGetsAnOrdinaryAnswer(string body)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");

        var reply = await app.TextAsync(Conversations.User, body);

        Assert.False(string.IsNullOrEmpty(reply));
    }

    [Theory]
    [InlineData("I want to kil myself")]
    [InlineData("kms")]
    [InlineData("I don't want to be alive")]
    public async Task CrisisTextAloneGetsOnlyTheCrisisLine(string body)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var reply = await app.TextForMessagesAsync(Conversations.User, body);

        Assert.Single(reply);
        Assert.Contains("988", reply[0]);
    }

    [Fact]
    public async Task DeleteNoCancelsTheRequest()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "DELETE");

        var cancelled = await app.TextAsync(Conversations.User, "DELETE NO");
        var late = await app.TextAsync(Conversations.User, "DELETE YES");

        Assert.Equal(Replies.DeleteCancelled, cancelled);
        Assert.Equal(Replies.DeleteNeedsRequest, late);
    }

    [Theory]
    [InlineData("NAME Zoë", "Zoe")]
    [InlineData("NAME José", "José")]
    [InlineData("NAME Åsa", "Åsa")]
    public async Task AccentsOutsideGsm7AreFoldedSoPartnerTextsStayShort(string text, string shown)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        var reply = await app.TextAsync(Conversations.User, text);

        Assert.Equal(Replies.NameSaved(shown), reply);
    }

    [Theory]
    [InlineData("NAME 李")]
    [InlineData("NAME Łukasz")]
    public async Task NameThatCannotBeGsm7IsRefused(string text)
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");

        Assert.Equal(Replies.NameInvalid, await app.TextAsync(Conversations.User, text));
    }
}
