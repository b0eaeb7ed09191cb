using NoContact.Core;
using NoContact.Functions.Storage;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Conversation;

/// <summary>Every keyword with its exact reply (each checked for GSM-7 and two segments by TextAsync).</summary>
[Collection(StorageCollection.Name)]
public sealed class KeywordTests(Azurite azurite)
{
    // Wednesday 2 December 2026, 13:00 in New York.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SettingsKeywordsAnswerExactly()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var user = Conversations.User;

        Assert.Equal(Replies.Welcome, await app.TextAsync(user, "JOIN"));
        Assert.Equal(Replies.Help, await app.TextAsync(user, "help"));
        Assert.Equal(Replies.NameInvalid, await app.TextAsync(user, "NAME R2-D2"));
        Assert.Equal(Replies.NameInvalid, await app.TextAsync(user, "NAME " + new string('a', 21)));
        Assert.Equal(Replies.NameSaved("Mary-Jo"), await app.TextAsync(user, "name Mary-Jo"));
        Assert.Equal(Replies.TimeZoneSet("Europe/London", "18:00"), await app.TextAsync(user, "TZ London"));
        Assert.Equal(Replies.TimeZoneSet("America/Los_Angeles", "10:00"), await app.TextAsync(user, "tz pt"));
        Assert.Equal(Replies.TimeZoneSet("Europe/Berlin", "19:00"), await app.TextAsync(user, "TZ europe/berlin"));
        Assert.Equal(Replies.TimeZoneUnknown, await app.TextAsync(user, "TZ Narnia"));
        Assert.Equal(Replies.CheckInSchedule("Fri, Sat, Sun", "23:00", "Europe/Berlin", true),
            await app.TextAsync(user, "CHECKIN"));
        Assert.Equal(Replies.CheckInSchedule("Fri, Sat", "22:30", "Europe/Berlin", true),
            await app.TextAsync(user, "CHECKIN FRI SAT 22:30"));
        Assert.Equal(Replies.CheckInSchedule("Fri, Sat", "21:00", "Europe/Berlin", true),
            await app.TextAsync(user, "check-in 9pm"));
        Assert.Equal(Replies.CheckInInvalid, await app.TextAsync(user, "CHECKIN sometimes"));
        Assert.Equal(Replies.CheckInOff, await app.TextAsync(user, "checkin off"));
        Assert.Equal(Replies.CheckInSchedule("Fri, Sat", "21:00", "Europe/Berlin", false),
            await app.TextAsync(user, "CHECKIN"));
        Assert.Equal(Replies.CheckInSchedule("Fri, Sat", "21:00", "Europe/Berlin", true),
            await app.TextAsync(user, "CHECKIN ON"));
        Assert.Equal(Replies.Paused("Wed 9 Dec"), await app.TextAsync(user, "PAUSE"));
        Assert.Equal(Replies.Resumed, await app.TextAsync(user, "resume"));
        Assert.Equal(Replies.NotPaused, await app.TextAsync(user, "RESUME"));
        Assert.Equal(Replies.Paused("Sat 5 Dec"), await app.TextAsync(user, "pause 3"));
        Assert.Equal(Replies.PauseInvalid, await app.TextAsync(user, "PAUSE 120"));
        Assert.Equal(Replies.PauseInvalid, await app.TextAsync(user, "PAUSE forever"));
        Assert.Equal(Replies.Status(new Standing(1, 0, 0), null, null), await app.TextAsync(user, "STATUS"));
        Assert.Equal(Replies.AlreadyJoined(new Standing(1, 0, 0)), await app.TextAsync(user, "join"));
        Assert.Equal(Replies.Unknown("STATUS", "SLIP"), await app.TextAsync(user, "stat please"));
        Assert.Null(await app.TextAsync(user, "STOP"));
        Assert.Equal(Replies.Resubscribed, await app.TextAsync(user, "START"));
    }

    [Fact]
    public async Task PartnerKeywordsAnswerExactly()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        var (user, partner) = (Conversations.User, Conversations.Partner);
        await app.TextAsync(user, "JOIN");

        Assert.Equal(Replies.PartnerNeedsName, await app.TextAsync(user, "PARTNER " + partner));
        await app.TextAsync(user, "NAME Sam");
        Assert.Equal(Replies.PartnerNone, await app.TextAsync(user, "PARTNER"));
        Assert.Equal(Replies.PartnerInvalidNumber, await app.TextAsync(user, "PARTNER call me"));
        Assert.Equal(Replies.PartnerIsSelf, await app.TextAsync(user, "PARTNER " + user));
        Assert.Equal(Replies.PartnerInviteSent("0124"), await app.TextAsync(user, "partner 555 010 0124"));
        Assert.Equal(Replies.PartnerState("0124", accepted: false), await app.TextAsync(user, "PARTNER"));
        Assert.Equal(Replies.PartnerAccepted("Sam"), await app.TextAsync(partner, "Yes!"));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(Replies.PartnerState("0124", accepted: true), await app.TextAsync(user, "PARTNER"));
        Assert.Equal(Replies.PartnerRemoved, await app.TextAsync(user, "PARTNER REMOVE"));
        Assert.Equal(Replies.PartnerNone, await app.TextAsync(user, "partner remove"));
        Assert.Equal(Replies.JoinFirst, await app.TextAsync(partner, "YES"));
        Assert.Equal(Replies.NotAPartner, await app.TextAsync(partner, "LEAVE"));
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Contains(app.Twilio.Sent,
            sms => sms.To == partner && sms.Body == Replies.PartnerRemovedForPartner("Sam"));
        Assert.Contains(app.Twilio.Sent, sms => sms.To == user && sms.Body == Replies.PartnerAcceptedForUser("0124"));
    }

    [Fact]
    public async Task PartnerWhoSaysNoIsThankedAndTheUserIsTold()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");
        await app.TextAsync(Conversations.User, "PARTNER " + Conversations.Partner);

        var reply = await app.TextAsync(Conversations.Partner, "no");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerDeclinedThanks, reply);
        Assert.Contains(app.Twilio.Sent, sms => sms.Body == Replies.PartnerDeclinedForUser("0124"));
        Assert.Equal(Replies.PartnerNone, await app.TextAsync(Conversations.User, "PARTNER"));
    }

    [Fact]
    public async Task PartnerWhoLeavesEndsTheLinkAndTheUserIsTold()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.EnrollWithPartnerAsync();

        var reply = await app.TextAsync(Conversations.Partner, "leave");
        await app.TextAsync(Conversations.User, "SLIP");
        await app.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Replies.PartnerLeftThanks, reply);
        Assert.Contains(app.Twilio.Sent,
            sms => sms.To == Conversations.User && sms.Body == Replies.PartnerLeft("0124"));
        Assert.DoesNotContain(app.Twilio.Sent, sms => sms.Body == Replies.PartnerSlipAlert("Sam"));
        var user = await app.Get<Contacts>().FindAsync(Conversations.User, CancellationToken.None);
        Assert.Null(user!.PartnerPhone);
    }

    [Fact]
    public async Task NumberThatSentStopCannotBeInvited()
    {
        await using var app = await TestApp.StartAsync(azurite, Now);
        await app.TextAsync(Conversations.Partner, "STOP");
        await app.TextAsync(Conversations.User, "JOIN");
        await app.TextAsync(Conversations.User, "NAME Sam");

        var reply = await app.TextAsync(Conversations.User, "PARTNER " + Conversations.Partner);

        Assert.Equal(Replies.PartnerUnavailable, reply);
    }
}
