using System.Reflection;

namespace NoContact.LocalHost.Dev;

/// <summary>Serves the phone page's files, embedded in this assembly.</summary>
public static class PhonePage
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    };

    public static void Map(RouteGroupBuilder dev)
    {
        dev.MapGet("/", () => File("index.html"));
        dev.MapGet("/{file}", (string file) => File(file));
    }

    private static IResult File(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("page/" + name);
        return stream is null || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type)
            ? Results.NotFound()
            : Results.Stream(stream, type);
    }
}
