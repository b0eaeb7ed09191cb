using System.Text.Json;
using NoContact.Functions.Tests.Infrastructure;

namespace NoContact.Functions.Tests.Hosting;

/// <summary>
/// functions.metadata is what Azure's host reads to find the functions: check the generated file,
/// not our attributes, so a wrong binding fails here and not in production.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonElement[] Functions = Load();

    [Fact]
    public void AppHasTheThreeContractFunctionsAndCoaching()
    {
        Assert.Equal(
            ["CheckIns", "Coaching", "DispatchOutbox", "SmsInbound"],
            Functions.Select(f => f.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public void SmsInboundIsAnAnonymousPostOnSmsInbound()
    {
        var trigger = Trigger("SmsInbound");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("sms/inbound", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("DispatchOutbox", "10 * * * * *")]
    [InlineData("CheckIns", "0 * * * * *")]
    [InlineData("Coaching", "5 * * * * *")]
    public void TimersRunEveryMinute(string name, string schedule)
    {
        var trigger = Trigger(name);

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(schedule, trigger.GetProperty("schedule").GetString());
    }

    private static JsonElement Trigger(string name) => Functions
        .Single(f => f.GetProperty("name").GetString() == name)
        .GetProperty("bindings").EnumerateArray()
        .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static JsonElement[] Load()
    {
        // The tests build against the same configuration as the app, so look beside our own output.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepoPaths.Root, "src", "NoContact.Functions", "bin", configuration, "net10.0",
            "functions.metadata");
        Assert.True(File.Exists(path), $"Build the function app first: {path} is missing.");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToArray();
    }
}
