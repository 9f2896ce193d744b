using JasperFx;
using JasperFx.Events;
using Decisions.Accounts;
using Decisions.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Decisions.Commands;

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
