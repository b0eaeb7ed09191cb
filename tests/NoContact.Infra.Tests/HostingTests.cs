using System.Text.Json.Nodes;

namespace NoContact.Infra.Tests;

public sealed class HostingTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.MainTemplate;

    [Fact]
    public void FunctionAppRunsOnFlexConsumptionWithDotnetIsolated10()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        var runtime = Template.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["runtime"]!;

        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void HttpFunctionsKeepOneInstanceReadyByDefault()
    {
        var alwaysReady = Template.Single("Microsoft.Web/sites")
            ["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["alwaysReady"]!.AsArray();

        var http = Assert.Single(alwaysReady)!;
        Assert.Equal("http", (string?)http["name"]);
        Assert.Equal("[parameters('httpAlwaysReadyInstances')]", (string?)http["instanceCount"]);
        Assert.Equal(1, (int)Template.Root["parameters"]!["httpAlwaysReadyInstances"]!["defaultValue"]!);
    }

    [Fact]
    public void EveryParameterOfEveryTemplateHasADescription()
    {
        var parameters = Template.Templates
            .SelectMany(t => t["parameters"]?.AsObject() ?? [])
            .ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.False(
            string.IsNullOrWhiteSpace((string?)p.Value!["metadata"]?["description"]),
            $"Parameter '{p.Key}' has no @description."));
    }
}
