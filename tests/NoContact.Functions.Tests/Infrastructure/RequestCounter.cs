using Azure.Core;
using Azure.Core.Pipeline;

namespace NoContact.Functions.Tests.Infrastructure;

/// <summary>Counts the HTTP requests the Azure SDK sends to storage.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
