using System.Globalization;
using Decisions.Commands;
using Decisions.History;
using Decisions.Shared;
using Marten;

namespace Decisions.Web.Forms;

/// <summary>
/// What every form post does: run the command the API runs, then either send the person back to the page with a
/// confirmation (post-redirect-get), or show the page again with what they typed and why it did not go through:
/// the fields the domain named, a refusal in Swedish, or, when someone else changed the same thing since the page
/// was built, what they changed.
/// </summary>
public static class FormPost
{
    public const string DoneParameter = "klart";

    /// <param name="run">Reads the form and runs the command with the version the page was built on.</param>
    /// <param name="page">The page again, with the failed attempt and a status code.</param>
    public static async Task<IResult> Handle(
        HttpContext http, string formId, string kind, string streamId, string pageUrl,
        Func<FormReader, long?, Task> run, Func<Attempt, int, Task<IResult>> page)
    {
        var values = await http.Request.ReadFormAsync(http.RequestAborted);
        long? version = long.TryParse(values[Form.VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        try
        {
            await run(new FormReader(values), version);
        }
        catch (ValidationFailed invalid)
        {
            return await page(new Attempt(formId, values, invalid.Errors, Problem("Uppgifterna registrerades inte. Rätta de markerade fälten.")), StatusCodes.Status400BadRequest);
        }
        catch (NotFound missing)
        {
            return await page(new Attempt(formId, values, new Dictionary<string, string[]> { [missing.Thing] = ["finns inte i registret"] },
                Problem("Uppgifterna registrerades inte: det de hänvisar till finns inte i registret.")), StatusCodes.Status404NotFound);
        }
        catch (DomainRuleViolation refused)
        {
            return await page(new Attempt(formId, values, new Dictionary<string, string[]>(),
                Problem($"Uppgifterna registrerades inte. {refused.Message}")), StatusCodes.Status409Conflict);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            var changes = await ChangesSince(http, streamId, version ?? 0);
            return await page(new Attempt(formId, values, new Dictionary<string, string[]>(), Html.Of($"""
                <div class="error" role="alert"><p>Någon annan har ändrat detta sedan du öppnade sidan, så det du skrev har inte registrerats.
                Det här har hänt sedan dess:</p>
                <ul>{changes.Select(c => Html.Of($"<li>{c.On} {c.Description} <span class=\"meta\">(registrerat {Parts.LocalTime(c.RecordedAt)}{(c.RecordedBy is null ? "" : $" av {c.RecordedBy}")})</span></li>"))}</ul>
                <p>Det du skrev finns kvar nedan. Kontrollera det mot ändringarna och skicka igen.</p></div>
                """)), StatusCodes.Status409Conflict);
        }
        return Results.Redirect($"{pageUrl}?{DoneParameter}={Uri.EscapeDataString(kind)}#{Uri.EscapeDataString(formId)}");
    }

    /// <summary>The confirmation after a redirect, worded by the kind of form that was sent.</summary>
    public static Html Confirmation(HttpContext http, IReadOnlyDictionary<string, string> messages) =>
        http.Request.Query[DoneParameter].ToString() is { Length: > 0 } kind && messages.TryGetValue(kind, out var message)
            ? Html.Of($"<p class=\"notice\" role=\"status\">{message}</p>")
            : Html.Empty;

    /// <summary>The version a page is built on: what its forms send back as expectedVersion.</summary>
    public static async Task<long> VersionOf(IQuerySession session, string streamId, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(streamId, ct))?.Version ?? 0;

    static async Task<IReadOnlyList<LogEntry>> ChangesSince(HttpContext http, string streamId, long version)
    {
        await using var session = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession(Organisations.CurrentOrganisation.Of(http));
        var events = await session.Events.FetchStreamAsync(streamId, token: http.RequestAborted);
        return [.. events.Where(e => e.Version > version).Select(LogEntry.Of)];
    }

    static Html Problem(string message) => Html.Of($"<div class=\"error\" role=\"alert\"><p>{message}</p></div>");
}
