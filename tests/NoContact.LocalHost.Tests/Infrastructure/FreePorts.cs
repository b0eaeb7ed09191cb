using System.Net;
using System.Net.Sockets;

namespace NoContact.LocalHost.Tests.Infrastructure;

/// <summary>Loopback ports nothing listens on right now, so tests never collide with a running dev host.</summary>
public static class FreePorts
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
