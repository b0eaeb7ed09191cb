using System.Reflection;
using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace NoContact.LocalHost.Functions;

/// <summary>A function found in the app: its class, its method and its trigger.</summary>
public abstract record FunctionEntry(string Name, Type Type, MethodInfo Method);

/// <summary>An HTTP-triggered function: <c>/api/{Route}</c> for <see cref="Methods"/> (none = any).</summary>
public sealed record HttpFunction(string Name, Type Type, MethodInfo Method, string Route, string[] Methods)
    : FunctionEntry(Name, Type, Method);

/// <summary>A timer-triggered function on an NCRONTAB schedule with seconds.</summary>
public sealed record TimerFunction(string Name, Type Type, MethodInfo Method, string Schedule, CronExpression Cron)
    : FunctionEntry(Name, Type, Method);

/// <summary>
/// The functions of an assembly, read from the same attributes Azure's build reads to write
/// functions.metadata, so there is no second list of routes or schedules to keep in step.
/// </summary>
public sealed class FunctionCatalog
{
    public const string RoutePrefix = "api";

    private static readonly HashSet<Type> SupportedParameters =
        [typeof(Microsoft.AspNetCore.Http.HttpRequest), typeof(TimerInfo), typeof(CancellationToken)];

    public FunctionCatalog(IEnumerable<FunctionEntry> functions)
    {
        All = functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<FunctionEntry> All { get; }

    public IEnumerable<HttpFunction> Http => All.OfType<HttpFunction>();

    public IEnumerable<TimerFunction> Timers => All.OfType<TimerFunction>();

    public FunctionEntry? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads every <c>[Function]</c> method; <paramref name="settings"/> resolves <c>%Name%</c> schedules.
    /// </summary>
    public static FunctionCatalog Discover(Assembly assembly, IConfiguration settings) => new(
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        select Describe(function.Name, type, method, settings));

    private static FunctionEntry Describe(string name, Type type, MethodInfo method, IConfiguration settings)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
            {
                CheckParameters(name, method);
                var methods = (http.Methods ?? []).Select(m => m.ToUpperInvariant()).ToArray();
                return new HttpFunction(name, type, method, http.Route ?? name, methods);
            }

            if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                CheckParameters(name, method);
                var schedule = Resolve(timer.Schedule, settings);
                var cron = CronExpression.Parse(schedule, Format(schedule));
                return new TimerFunction(name, type, method, schedule, cron);
            }
        }

        throw new NotSupportedException(
            $"Function {name} has a trigger the local host does not run; only HTTP and timer triggers are supported.");
    }

    // A timer schedule written as %Setting% names an app setting, as in Azure.
    private static string Resolve(string schedule, IConfiguration settings) =>
        schedule is ['%', .. var key, '%']
            ? settings[key] ?? throw new InvalidOperationException($"Timer schedule setting {key} is not set.")
            : schedule;

    private static CronFormat Format(string schedule) =>
        schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? CronFormat.IncludeSeconds
            : CronFormat.Standard;

    private static void CheckParameters(string name, MethodInfo method)
    {
        var unsupported = method.GetParameters().FirstOrDefault(p => !SupportedParameters.Contains(p.ParameterType));
        if (unsupported is not null)
        {
            throw new NotSupportedException(
                $"Function {name} takes {unsupported.ParameterType.Name} {unsupported.Name}; the local host passes "
                + "only HttpRequest, TimerInfo and CancellationToken. Teach FunctionRunner to bind it.");
        }
    }
}
