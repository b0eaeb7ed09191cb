using System.Net;

namespace NoContact.LocalHost.Settings;

/// <summary>The local host's own settings, section <c>LocalHost</c>; none is needed to run it.</summary>
public sealed class LocalHostOptions
{
    public const string Section = "LocalHost";
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>Where Kestrel listens; must be a loopback address.</summary>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>Start Azurite when nothing listens on the storage ports.</summary>
    public bool StartAzurite { get; set; } = true;

    /// <summary>Keep Azurite's data in memory instead of the repo's .azurite folder (tests).</summary>
    public bool AzuriteInMemory { get; set; }

    /// <summary>Run timers on their schedules; off, they run only through /admin/functions.</summary>
    public bool RunTimers { get; set; } = true;

    public Uri ListenUri()
    {
        var uri = new Uri(Url);
        var address = uri.Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host, out var ip) ? ip
            : null;
        if (address is null || !IPAddress.IsLoopback(address))
        {
            throw new InvalidOperationException($"{Section}:{nameof(Url)} must be a loopback address, not {Url}.");
        }

        return uri;
    }
}
