using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace NoContact.LocalHost.Functions;

/// <summary>
/// Calls a function the way the isolated worker does: a new instance of its class from DI for
/// each call, its trigger input and the cancellation token as arguments.
/// </summary>
public sealed partial class FunctionRunner(IServiceScopeFactory scopes, ILogger<FunctionRunner> logger)
{
    public async Task RunHttpAsync(HttpFunction function, HttpContext context)
    {
        var result = await InvokeAsync(function, context.RequestServices, context.Request, context.RequestAborted);
        switch (result)
        {
            case IActionResult action:
                var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
                await action.ExecuteResultAsync(actionContext);
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                throw new NotSupportedException($"Function {function.Name} returned {result.GetType().Name}.");
        }
    }

    /// <summary>Runs a timer function; false if it threw (logged).</summary>
    public async Task<bool> RunTimerAsync(TimerFunction function, TimerInfo timer, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await InvokeAsync(function, scope.ServiceProvider, timer, cancellationToken);
            LogTimerRan(logger, function.Name, timer.IsPastDue);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A failed run must not stop the schedule, as in Azure.
            LogTimerFailed(logger, e, function.Name);
            return false;
        }
    }

    private static async Task<object?> InvokeAsync(
        FunctionEntry function, IServiceProvider services, object trigger, CancellationToken cancellationToken)
    {
        var target = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.Type);
        try
        {
            var arguments = function.Method.GetParameters()
                .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : trigger)
                .ToArray();
            var returned = function.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            return await Unwrap(returned, function.Method.ReturnType);
        }
        finally
        {
            await DisposeAsync(target);
        }
    }

    // The declared return type says whether a Task carries a result (Task<T>) or none (Task).
    private static async Task<object?> Unwrap(object? returned, Type declared)
    {
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return declared.IsGenericType && declared.GetGenericTypeDefinition() == typeof(Task<>)
            ? declared.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
    }

    private static async ValueTask DisposeAsync(object? target)
    {
        switch (target)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Debug, Message = "Timer {Function} ran (past due: {IsPastDue})")]
    private static partial void LogTimerRan(ILogger logger, string function, bool isPastDue);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Error, Message = "Timer {Function} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, string function);
}
