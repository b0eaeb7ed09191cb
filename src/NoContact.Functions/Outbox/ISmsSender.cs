namespace NoContact.Functions.Outbox;

/// <summary>Sends one SMS now.</summary>
public interface ISmsSender
{
    Task<SendResult> SendAsync(string to, string body, CancellationToken cancellationToken);
}

/// <summary>What became of one attempt to send.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>Accepted by the provider, which named it <paramref name="Sid"/>.</summary>
    public sealed record Sent(string Sid) : SendResult;

    /// <summary>A passing failure (server error, throttling, time-out): try again later.</summary>
    public sealed record RetryLater(string Reason) : SendResult;

    /// <summary>Will never succeed (opted out, invalid number): do not try again.</summary>
    public sealed record Failed(string Reason) : SendResult;
}
