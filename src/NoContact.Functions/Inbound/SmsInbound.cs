using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NoContact.Functions.Conversation;
using Twilio.TwiML;

namespace NoContact.Functions.Inbound;

/// <summary>
/// Twilio's Messaging webhook. Checks the signature, handles each MessageSid once, and answers
/// with TwiML inside the request. It never calls Twilio's API: anything else to send is queued.
/// </summary>
public sealed partial class SmsInbound(
    TwilioSignature signature, InboundLedger ledger, ConversationRouter conversation, ILogger<SmsInbound> logger)
{
    [Function(nameof(SmsInbound))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sms/inbound")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Expected a form-encoded Twilio webhook.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!signature.IsValid(request, form))
        {
            LogRejected(logger);
            return Problem(StatusCodes.Status403Forbidden, "Missing or invalid X-Twilio-Signature.");
        }

        var sms = new InboundSms(form["From"].ToString(), form["Body"].ToString(), form["MessageSid"].ToString());
        if (!MessageSidShape().IsMatch(sms.MessageSid) || !PhoneShape().IsMatch(sms.From))
        {
            return Problem(StatusCodes.Status400BadRequest,
                "A Twilio SMS webhook carries a MessageSid (SM or MM and 32 hex digits) and a From number.");
        }

        return TwiML(await ReplyOnceAsync(sms, cancellationToken));
    }

    private async Task<Reply> ReplyOnceAsync(InboundSms sms, CancellationToken cancellationToken)
    {
        var claim = await ledger.ClaimAsync(sms.From, sms.MessageSid, cancellationToken);
        if (!claim.IsNew)
        {
            LogRepeat(logger, sms.MessageSid, claim.IsPending);
            return claim.Reply;
        }

        var reply = await conversation.HandleAsync(sms, cancellationToken);
        if (!reply.ForgetSender)
        {
            await ledger.CompleteAsync(sms.From, sms.MessageSid, reply, cancellationToken);
        }

        LogHandled(logger, sms.MessageSid, reply.Messages.Count);
        return reply;
    }

    private static ContentResult TwiML(Reply reply)
    {
        var response = new MessagingResponse();
        foreach (var message in reply.Messages)
        {
            response.Message(message);
        }

        return new ContentResult { Content = response.ToString(), ContentType = "text/xml", StatusCode = 200 };
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Handled inbound {MessageSid} with {ReplyCount} reply messages")]
    private static partial void LogHandled(ILogger logger, string messageSid, int replyCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Repeated delivery of {MessageSid} answered from the ledger (still running: {StillRunning})")]
    private static partial void LogRepeat(ILogger logger, string messageSid, bool stillRunning);

    // Nothing from an unsigned request is logged: anyone can send one.
    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "Rejected a webhook with a missing or invalid signature")]
    private static partial void LogRejected(ILogger logger);

    [GeneratedRegex("^(SM|MM)[0-9a-fA-F]{32}$")]
    private static partial Regex MessageSidShape();

    // E.164, or a short code's digits.
    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex PhoneShape();
}
