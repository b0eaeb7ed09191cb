using NoContact.LocalHost;

try
{
    var app = LocalHostApp.Build(args);
    app.Lifetime.ApplicationStarted.Register(() =>
        Console.WriteLine($"NoContact local host: open {app.Urls.First()}/dev/  (Ctrl+C stops it)"));
    await app.RunAsync();
    return 0;
}
catch (PortInUseException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
