using Microsoft.Extensions.Options;
using NoContact.Core;
using NoContact.Functions.Coaching;
using NoContact.Functions.Hosting;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>Decides what a text means for the number that sent it, acts, and returns the reply.</summary>
public sealed class ConversationRouter(
    Contacts contacts,
    Enrollment enrollment,
    UserSettings settings,
    SlipLog slips,
    PartnerLinks partners,
    OptOuts optOuts,
    Erasure erasure,
    CoachingCommands coaching,
    AlertSettings alertSettings,
    IOptions<NoContactOptions> options)
{
    public async Task<Reply> HandleAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        var command = CommandParser.Parse(sms.Body);
        Reply reply;
        try
        {
            reply = await RouteAsync(await contacts.FindOrNewAsync(sms.From, cancellationToken), command, sms,
                cancellationToken);
        }
        catch (ContactChangedException)
        {
            // Another text from the same number (a STOP, a DELETE YES) changed the row meanwhile:
            // act again on what is stored now. Every write before the clash is idempotent.
            reply = await RouteAsync(await contacts.FindOrNewAsync(sms.From, cancellationToken), command, sms,
                cancellationToken);
        }

        if (!CrisisWords.Match(sms.Body))
        {
            return reply;
        }

        // Safety first: the crisis line before anything else, and instead of a "did you mean" line.
        var crisis = Reply.Of(options.Value.CrisisSupport);
        return reply.IsFallback ? crisis : crisis.Then(reply);
    }

    private async Task<Reply> RouteAsync(ContactRow contact, Command command, InboundSms sms, CancellationToken ct)
    {
        switch (command.Keyword)
        {
            case Keyword.Stop:
                await optOuts.StopAsync(contact, sms, ct);
                return Reply.None;
            case Keyword.Start:
                return await optOuts.StartAsync(contact, ct);
            case Keyword.Help:
                return Replies.Help;
            case Keyword.Delete:
                return await erasure.HandleAsync(contact, sms, command.Argument, ct);
        }

        // A partner's answer to an invite comes first: their YES must never read as anything else.
        if (command.Keyword is Keyword.Yes or Keyword.No
            && await partners.TryAnswerAsync(sms, command.Keyword == Keyword.Yes, ct) is { } answer)
        {
            return answer;
        }

        if (command.Keyword == Keyword.Leave)
        {
            return await partners.LeaveAsync(sms, ct);
        }

        // Quiet hours are a partner's setting, and partners need not be enrolled.
        if (command.Keyword == Keyword.Quiet && !contact.OptedOut
            && await alertSettings.QuietAsync(contact, command.Argument, ct) is { } quiet)
        {
            return quiet;
        }

        // YES is also a carrier opt-in word; anything else to an opted-out number would not arrive.
        if (contact.OptedOut)
        {
            return command.Keyword == Keyword.Yes ? await optOuts.StartAsync(contact, ct) : Reply.None;
        }

        if (!contact.Enrolled)
        {
            return command.Keyword == Keyword.Join ? await enrollment.JoinAsync(contact, ct) : Replies.JoinFirst;
        }

        return await coaching.TryHandleAsync(contact, command, sms, ct)
            ?? await RouteUserAsync(contact, command, sms, ct);
    }

    private async Task<Reply> RouteUserAsync(
        ContactRow contact, Command command, InboundSms sms, CancellationToken ct) =>
        command.Keyword switch
        {
            Keyword.Join => Replies.AlreadyJoined(await slips.StandingAsync(contact, ct)),
            Keyword.Slip => await slips.LogAsync(contact, sms, command.Argument, ct),
            Keyword.Status => await slips.StatusAsync(contact, ct),
            Keyword.Name => await enrollment.SetNameAsync(contact, command.Argument, ct),
            Keyword.Partner => await partners.HandleAsync(contact, sms, command.Argument, ct),
            Keyword.TimeZone => await settings.SetTimeZoneAsync(contact, command.Argument, ct),
            Keyword.CheckIn => await settings.CheckInAsync(contact, command.Argument, ct),
            Keyword.Pause => await settings.PauseAsync(contact, command.Argument, ct),
            Keyword.Resume => await settings.ResumeAsync(contact, ct),
            _ => await slips.TryAnswerTriggerAsync(contact, command.Argument, ct) ?? Unknown(command.Argument),
        };

    private static Reply Unknown(string text)
    {
        var nearest = CommandParser.Nearest(text).Take(2).ToArray();
        return Reply.Fallback(Replies.Unknown(nearest[0], nearest[1]));
    }
}
