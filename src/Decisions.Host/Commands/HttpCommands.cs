using JasperFx;
using JasperFx.Events;
using Decisions.Accounts;
using Decisions.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Decisions.Commands;

public static class HttpCommands
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// The acting user is the signed-in person (by cookie, token or the organisation's provider), recorded by display
    /// name on every event. Writes require a registrator before they get here, so there always is one.
    /// </summary>
    public static CommandContext Context(HttpContext http, long? expectedVersion)
    {
        var user = http.User.DisplayName() ?? throw new InvalidOperationException("A command reached the register without a signed-in person.");
        var key = http.Request.Headers[IdempotencyKeyHeader].FirstOrDefault();
        return new CommandContext(user, expectedVersion, string.IsNullOrWhiteSpace(key) ? null : key);
    }

    /// <summary>What every command endpoint does: run the command on its stream on behalf of the caller.</summary>
    public static Task<CommandAccepted> Run<TState>(
        this CommandRunner runner, HttpContext http, long? expectedVersion, string streamId, object command,
        Func<TState?, IReadOnlyList<object>> decide, params Reference[] references) where TState : class =>
        runner.Run(streamId, command, decide, Context(http, expectedVersion), http.RequestAborted, references);
}

/// <summary>Turns the domain's refusals into problem details: 400 names every bad field, 404 the missing thing, 409 a conflict.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationFailed v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
                { Status = 400, Title = "Kommandot har ogiltiga fält." },
            NotFound n => new ProblemDetails { Status = 404, Title = $"{n.Noun} finns inte", Detail = n.Message },
            DomainRuleViolation r => new ProblemDetails { Status = 409, Title = "Registrets uppgifter tillåter inte kommandot.", Detail = r.Message },
            // Wolverine's retry policies do not cover HTTP endpoints; a stale expected version is the client's to resolve.
            _ when Conflicts.IsConflict(exception) => new ProblemDetails
                { Status = 409, Title = "Uppgifterna har ändrats sedan du läste dem.", Detail = "Läs dem igen och försök på nytt med den aktuella versionen." },
            _ when UnreadableRequests.Of(http, exception) is { } unreadable => unreadable,
            Import.DocumentRejected d => new ProblemDetails { Status = d.TooLarge ? 413 : 400, Title = "Handlingen kan inte läsas.", Detail = d.Message },
            Import.ImportRefused i => new ProblemDetails { Status = 400, Title = "Handlingen kan inte importeras som den är.", Detail = i.Message,
                Extensions = { ["document"] = i.Document, ["line"] = i.Line } },
            _ => null,
        };
        if (problem is null) return false;
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
