using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NoContact.LocalHost.Dev;
using NoContact.LocalHost.Functions;
using NoContact.LocalHost.Settings;

namespace NoContact.LocalHost.Tests;

/// <summary>Timers follow the demo clock: a jump over many occurrences runs a timer once, past due.</summary>
public sealed class TimerSchedulesTests
{
    [Fact]
    public async Task JumpOverThreeHourlyOccurrencesRunsTheTimerOncePastDue()
    {
        var runs = new ConcurrentQueue<TimerInfo>();
        using var services = new ServiceCollection().AddSingleton(runs).BuildServiceProvider();
        var catalog = FunctionCatalog.Discover(typeof(HourlyRecorder).Assembly, new ConfigurationBuilder().Build());
        var clock = new DemoClock(TimeProvider.System);
        var runner = new FunctionRunner(
            services.GetRequiredService<IServiceScopeFactory>(), NullLogger<FunctionRunner>.Instance);
        using var schedules = new TimerSchedules(
            catalog, runner, clock, Options.Create(new LocalHostOptions()), NullLogger<TimerSchedules>.Instance);

        await schedules.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(3));
        await WaitForAsync(() => !runs.IsEmpty);
        await Task.Delay(300);
        await schedules.StopAsync(CancellationToken.None);

        var run = Assert.Single(runs);
        Assert.True(run.IsPastDue);
        Assert.True(run.ScheduleStatus!.Next > clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void DiscoveryReadsTheTimerScheduleFromItsAttribute()
    {
        var catalog = FunctionCatalog.Discover(typeof(HourlyRecorder).Assembly, new ConfigurationBuilder().Build());

        var timer = Assert.Single(catalog.Timers);
        Assert.Equal((nameof(HourlyRecorder), HourlyRecorder.Schedule), (timer.Name, timer.Schedule));
        Assert.Empty(catalog.Http);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 5000; waited += 50)
        {
            await Task.Delay(50);
        }
    }
}

/// <summary>A timer function for the tests above: records each call.</summary>
public sealed class HourlyRecorder(ConcurrentQueue<TimerInfo> runs)
{
    public const string Schedule = "0 0 * * * *";

    [Function(nameof(HourlyRecorder))]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        runs.Enqueue(timer);
        return Task.CompletedTask;
    }
}
