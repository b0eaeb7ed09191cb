using Microsoft.Extensions.Options;
using NoContact.Functions.Hosting;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace NoContact.Functions.Outbox;

/// <summary>Sends SMS through Twilio's Messages API, turning its errors into a <see cref="SendResult"/>.</summary>
public sealed class TwilioSmsSender(ITwilioRestClient client, IOptions<TwilioOptions> options) : ISmsSender
{
    public async Task<SendResult> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var create = new CreateMessageOptions(new PhoneNumber(to)) { Body = body };
        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            create.MessagingServiceSid = settings.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(settings.FromNumber);
        }

        try
        {
            var message = await MessageResource.CreateAsync(create, client);
            return new SendResult.Sent(message.Sid);
        }
        catch (ApiException e) when (IsPassing(e.Status))
        {
            return new SendResult.RetryLater($"twilio {e.Status} {e.Code}");
        }
        catch (ApiException e)
        {
            return new SendResult.Failed($"twilio {e.Status} {e.Code}");
        }
        catch (ApiConnectionException e)
        {
            return new SendResult.RetryLater($"connection: {e.InnerException?.GetType().Name ?? "unknown"}");
        }
    }

    // Status 0 means Twilio's body could not be read: treat it like a server error.
    private static bool IsPassing(int status) => status is 0 or 429 or >= 500;
}
