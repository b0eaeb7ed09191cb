using NoContact.Core;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Conversation;

/// <summary>Decides what a text means for the number that sent it, acts, and returns the reply.</summary>
public sealed class Conversation(
    Contacts contacts, Enrollment enrollment, SlipLog slips, PartnerLinks partners, OptOuts optOuts)
{
    /// <summary>Handles one text; null means answer nothing.</summary>
    public async Task<string?> HandleAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        var command = CommandParser.Parse(sms.Body);
        var contact = await contacts.FindOrNewAsync(sms.From, cancellationToken);

        switch (command.Keyword)
        {
            case Keyword.Stop:
                await optOuts.StopAsync(contact, sms, cancellationToken);
                return null;
            case Keyword.Start:
                return await optOuts.StartAsync(contact, cancellationToken);
            case Keyword.Help:
                return Replies.Help;
        }

        // A partner's answer to an invite comes first: their YES must never read as anything else.
        if (command.Keyword is Keyword.Yes or Keyword.No)
        {
            var answer = await partners.TryAnswerAsync(sms, command.Keyword == Keyword.Yes, cancellationToken);
            if (answer is not null)
            {
                return answer;
            }
        }

        // YES is also a carrier opt-in word.
        if (contact.OptedOut)
        {
            return command.Keyword == Keyword.Yes ? await optOuts.StartAsync(contact, cancellationToken) : null;
        }

        if (!contact.Enrolled)
        {
            return command.Keyword == Keyword.Join
                ? await enrollment.JoinAsync(contact, cancellationToken)
                : Replies.JoinFirst;
        }

        return command.Keyword switch
        {
            Keyword.Join => Replies.AlreadyJoined(await slips.StandingAsync(contact, cancellationToken)),
            Keyword.Slip => await slips.LogAsync(contact, sms, command.Argument, cancellationToken),
            Keyword.Status => Replies.Status(await slips.StandingAsync(contact, cancellationToken)),
            Keyword.Name => await enrollment.SetNameAsync(contact, command.Argument, cancellationToken),
            Keyword.Partner => await partners.HandleAsync(contact, sms, command.Argument, cancellationToken),
            _ => Replies.Unknown,
        };
    }
}
