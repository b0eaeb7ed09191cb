using NoContact.LocalHost.Dev;

namespace NoContact.LocalHost.Functions;

/// <summary>The routes Azure's host offers for the app: <c>/api/...</c> and the admin run-now call.</summary>
public static class FunctionEndpoints
{
    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder app, FunctionCatalog catalog)
    {
        foreach (var function in catalog.Http)
        {
            var pattern = $"/{FunctionCatalog.RoutePrefix}/{function.Route.TrimStart('/')}";
            RequestDelegate handler = context =>
                context.RequestServices.GetRequiredService<FunctionRunner>().RunHttpAsync(function, context);
            var endpoint = function.Methods.Length == 0
                ? app.Map(pattern, handler)
                : app.MapMethods(pattern, function.Methods, handler);
            endpoint.WithDisplayName(function.Name);
        }

        app.MapPost("/admin/functions/{name}", RunNowAsync);
        return app;
    }

    /// <summary>
    /// Runs a non-HTTP function now, like Azure's admin API. Unlike Azure, answers 202 only once
    /// the run has finished, so a script or test can read its effects right after.
    /// </summary>
    private static async Task<IResult> RunNowAsync(
        string name,
        FunctionCatalog catalog,
        FunctionRunner runner,
        DemoClock clock,
        CancellationToken cancellationToken)
    {
        switch (catalog.Find(name))
        {
            case null:
                return Results.Problem(statusCode: 404, detail: $"No function named {name}.");
            case HttpFunction http:
                return Results.Problem(
                    statusCode: 400, detail: $"{http.Name} is HTTP-triggered: call /api/{http.Route}.");
            case TimerFunction timer:
                var now = clock.GetUtcNow();
                var info = TimerSchedules.Info(timer, now, now, pastDue: false);
                var ran = await runner.RunTimerAsync(timer, info, cancellationToken);
                return ran
                    ? Results.Accepted()
                    : Results.Problem(statusCode: 500, detail: $"{timer.Name} failed; see the host's log.");
            default:
                return Results.Problem(statusCode: 400, detail: $"{name} cannot be run from here.");
        }
    }
}
