using System.Net;
using System.Net.Sockets;
using NoContact.LocalHost.Storage;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>Loopback ports nothing listens on right now, so tests never collide with a running dev host.</summary>
public static class FreePorts
{
    public static int Next() => Take(1)[0];

    /// <summary>Three distinct ports for an Azurite of its own.</summary>
    public static StorageEndpoints ForAzurite()
    {
        var ports = Take(3);
        return new StorageEndpoints(ports[0], ports[1], ports[2]);
    }

    // All listeners stay open until every port is read, so the same port is never handed out twice.
    private static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
