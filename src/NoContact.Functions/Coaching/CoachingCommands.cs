using NoContact.Core;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>The keywords of coaching over time: URGE, WIN, REASONS, DATE, ALERTS, and YES to an offer.</summary>
public sealed class CoachingCommands(
    Urges urges, Wins wins, Reasons reasons, RiskyDateNotes dates, AlertSettings alerts, PatternNotes patterns)
{
    /// <summary>The reply for a coaching keyword from an enrolled user; null for any other text.</summary>
    public async Task<Reply?> TryHandleAsync(
        ContactRow contact, Command command, InboundSms sms, CancellationToken cancellationToken) =>
        command.Keyword switch
        {
            Keyword.Urge => await urges.HandleAsync(contact, sms, command.Argument, cancellationToken),
            Keyword.Win => await wins.LogAsync(contact, sms, command.Argument, cancellationToken),
            Keyword.Reasons => await reasons.HandleAsync(contact, command.Argument, cancellationToken),
            Keyword.Date => await dates.HandleAsync(contact, command.Argument, cancellationToken),
            Keyword.Alerts => await alerts.AlertsAsync(contact, command.Argument, cancellationToken),
            Keyword.Yes => await patterns.TryAcceptAsync(contact, cancellationToken),
            _ => null,
        };
}
