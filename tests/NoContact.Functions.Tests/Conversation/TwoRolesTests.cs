using NoContact.Core;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

/// <summary>One person can be a user and someone else's partner; each keyword must find its role.</summary>
[Collection(StorageCollection.Name)]
public sealed class TwoRolesTests(Azurite azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
    private const string Alex = Conversations.User;
    private const string Bo = Conversations.Partner;

    [Fact]
    public async Task UsersWhoArePartnersOfEachOtherKeepTheirRolesApart()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Alex, "JOIN");
        await app.TextAsync(Alex, "NAME Alex");
        await app.TextAsync(Bo, "JOIN");
        await app.TextAsync(Bo, "NAME Bo");
        await app.TextAsync(Alex, "PARTNER " + Bo);
        await app.TextAsync(Bo, "SLIP");

        var boAnswersTheInvite = await app.TextAsync(Bo, "YES");
        await app.TextAsync(Bo, "PARTNER " + Alex);
        var alexAnswers = await app.TextAsync(Alex, "yes");
        var boSlips = await app.TextForMessagesAsync(Bo, "slip called at midnight");
        var alexLeavesBo = await app.TextAsync(Alex, "LEAVE");
        await app.TextAsync(Alex, "SLIP drunk texted");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerAccepted("Alex"), boAnswersTheInvite);
        Assert.Equal(Replies.PartnerAccepted("Bo"), alexAnswers);
        Assert.StartsWith("Logged. You are on day 1 with 2 slips", boSlips[0]);
        Assert.Equal(Replies.PartnerLeftThanks, alexLeavesBo);
        Assert.Contains(app.Twilio.Sent, sms => sms.To == Bo && sms.Body == Replies.PartnerSlipAlert("Alex"));
        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.To == Alex && sms.Body == Replies.PartnerSlipAlert("Bo"));
        Assert.Equal(Replies.PartnerState("0124", accepted: true), await app.TextAsync(Alex, "PARTNER"));
    }
}
