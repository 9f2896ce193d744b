using System.Text;
using Decisions.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Decisions.Commands;

/// <summary>
/// What is wrong with a request before any endpoint reads it, checked once for all of them: a command that is not
/// JSON (415), a body of <c>null</c>, and query or path values that are not text (NUL and the like, which PostgreSQL
/// refuses, so every search and lookup would fail with 500). And the one failure no endpoint can help: the database
/// gone (503, retry later).
/// </summary>
public static class RequestChecks
{
    /// <summary>The API paths that take a document (text, PDF or a form upload) rather than a JSON command.</summary>
    static readonly string[] DocumentPaths = ["/api/imports"];

    public const int MaxQueryValueLength = 1000;

    public static IServiceCollection AddRequestChecks(this IServiceCollection services)
    {
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails += UnreadableRequests.Rewrite);
        return services.AddTransient<IStartupFilter, StartupFilter>();
    }

    sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(Check);
            next(app);
        };
    }

    static async Task Check(HttpContext http, Func<Task> next)
    {
        var problem = await ProblemOf(http.Request);
        if (problem is null)
        {
            await next();
            return;
        }
        http.Response.StatusCode = problem.Status!.Value;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    static async Task<ProblemDetails?> ProblemOf(HttpRequest request)
    {
        var errors = new Validation();
        foreach (var (name, values) in request.Query)
        foreach (var value in values)
            errors.Text(value, name, MaxQueryValueLength, required: false);
        errors.Text(Uri.UnescapeDataString(request.Path.Value ?? ""), "path", 4 * MaxQueryValueLength, required: false);
        if (!errors.IsValid) return Invalid(errors);

        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/api")
            || DocumentPaths.Any(p => request.Path.StartsWithSegments(p)))
            return null;
        if (!request.HasJsonContentType())
            return new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType, Title = "Fel innehållstyp",
                Detail = $"Kommandon skickas som JSON (Content-Type: application/json), inte som '{request.ContentType}'.",
            };
        return await IsNull(request)
            ? Invalid(new Validation().Check(false, "body", "saknar ett kommando (innehållet är null)"))
            : null;
    }

    /// <summary>Only a short body can be the literal <c>null</c>; a longer one is left unread for the endpoint.</summary>
    static async Task<bool> IsNull(HttpRequest request)
    {
        if (request.ContentLength is > 64) return false;
        request.EnableBuffering();
        var buffer = new byte[65];
        var read = 0;
        while (read < buffer.Length && await request.Body.ReadAsync(buffer.AsMemory(read)) is > 0 and var n) read += n;
        request.Body.Position = 0;
        return read <= 64 && Encoding.UTF8.GetString(buffer, 0, read).Trim() == "null";
    }

    static ValidationProblemDetails Invalid(Validation errors) =>
        new(errors.Errors.ToDictionary(e => e.Key, e => e.Value)) { Status = StatusCodes.Status400BadRequest, Title = "Begäran har ogiltiga fält." };
}

/// <summary>
/// PostgreSQL went away (a restart, a network break) while a request was in flight: nothing was written, and the host
/// reconnects by itself, so the client is told to retry shortly rather than that something is broken (500).
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!IsUnavailable(exception)) return false;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable, Title = "Databasen svarar inte just nu",
                Detail = $"Inget sparades. Försök igen om {RetryAfterSeconds} sekunder.",
            },
        });
    }

    /// <summary>
    /// A connection that failed or broke (Npgsql says transient), or a server shutting down or starting up (57P0x) or out of connections (53xxx),
    /// anywhere in the chain Marten wraps it in. Serialization failures and deadlocks are transient too, but they are
    /// conflicts the client resolves, answered 409 before this handler is asked.
    /// </summary>
    public static bool IsUnavailable(Exception? e) => e switch
    {
        null => false,
        PostgresException p => p.SqlState[..2] is "08" or "53" || p.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException { IsTransient: true } => true,
        _ => IsUnavailable(e.InnerException),
    };
}
