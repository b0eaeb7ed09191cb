using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NoContact.Bench;
using NoContact.LocalHost;

// A local host of its own: free port, in-memory Azurite if none runs, fresh tables, timers off.
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
var app = LocalHostApp.Build([], new Dictionary<string, string?>
{
    ["LocalHost:Url"] = baseUrl,
    ["LocalHost:AzuriteInMemory"] = "true",
    ["LocalHost:RunTimers"] = "false",
    ["Twilio:ApiBaseUrl"] = $"{baseUrl}/twilio",
    ["Twilio:WebhookBaseUrl"] = baseUrl,
    ["NoContact:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
    ["Logging:LogLevel:Default"] = "Warning",
});
await app.StartAsync();

var phones = new Phones(baseUrl, app.Configuration["Twilio:AuthToken"]!);
var report = new Report();
report.Line($"NoContact benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, "
    + $".NET {Environment.Version}, Azurite over loopback");

await phones.WarmUpAsync();
var users = Enumerable.Range(0, 1000).Select(i => $"+1555020{i:D4}").ToList();

await phones.TextAllAsync(users.Take(10), "JOIN");
var checkInsFew = await phones.TimeFunctionAsync("CheckIns", runs: 30);

var joins = await phones.TextAllAsync(users.Skip(10), "JOIN", concurrency: 4);
report.Latency("JOIN (enroll), 990 texts, 4 at a time", joins);
var checkInsMany = await phones.TimeFunctionAsync("CheckIns", runs: 30);
var ratio = checkInsMany.Median() / checkInsFew.Median();
report.Line($"CheckIns run, none due: median {Report.Ms(checkInsFew.Median())} with 10 users, "
    + $"{Report.Ms(checkInsMany.Median())} with 1000 users (ratio {ratio:0.00})");

var partnered = users.Take(100).ToList();
await phones.TextAllAsync(partnered, "NAME Sam");
await phones.PairWithPartnersAsync(partnered);
await phones.RunFunctionAsync("DispatchOutbox");
var slips = await phones.TextAllAsync(partnered, "SLIP saw her story", concurrency: 1);
report.Latency("SLIP with a partner, 100 texts one at a time", slips);
var statuses = await phones.TextAllAsync(partnered, "STATUS", concurrency: 1);
report.Latency("STATUS, 100 texts one at a time", statuses);

var dispatch = Stopwatch.StartNew();
await phones.RunFunctionAsync("DispatchOutbox");
report.Line($"DispatchOutbox: 100 partner alerts sent in {Report.Ms(dispatch.Elapsed)} "
    + $"({100 / dispatch.Elapsed.TotalSeconds:0} messages/s)");

await app.StopAsync();
report.Print();

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
