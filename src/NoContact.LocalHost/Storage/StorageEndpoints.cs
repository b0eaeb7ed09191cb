namespace NoContact.LocalHost.Storage;

/// <summary>The loopback ports Azurite must serve for the configured storage, if it is local.</summary>
public sealed record StorageEndpoints(int BlobPort, int QueuePort, int TablePort)
{
    public static readonly StorageEndpoints Default = new(10000, 10001, 10002);

    /// <summary>The ports of a development-storage connection string; null when storage is not on loopback.</summary>
    public static StorageEndpoints? Of(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var yes) && yes)
        {
            return Default;
        }

        var table = Port(parts, "TableEndpoint");
        if (table is null)
        {
            return null;
        }

        var blob = Port(parts, "BlobEndpoint") ?? table.Value - 2;
        var queue = Port(parts, "QueueEndpoint") ?? table.Value - 1;
        return new StorageEndpoints(blob, queue, table.Value);
    }

    private static int? Port(Dictionary<string, string> parts, string key) =>
        parts.TryGetValue(key, out var value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.IsLoopback
            ? uri.Port
            : null;

    /// <summary>Whether the table port takes connections on loopback.</summary>
    public bool TablesListening() => Listening(TablePort);

    public static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

}
