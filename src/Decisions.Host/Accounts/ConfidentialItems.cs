using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Web;
using Marten;

namespace Decisions.Accounts;

/// <summary>One look at a confidential item: who, when, which item and through which address. Kept for the administrator's log.</summary>
public sealed record ConfidentialView(Guid Id, DateTimeOffset At, string Who, string? Account, string Kind, string ItemId, string Path);

/// <summary>
/// The only place confidential decisions and assignments are shown: to those <see cref="Policies.SeeConfidential"/>
/// allows, each view logged before the item is sent. Every public page and API keeps hiding them.
/// </summary>
public static class ConfidentialItems
{
    public const string Path = "/sekretess";

    public static void Map(WebApplication app)
    {
        var pages = app.MapGroup(Path).ExcludeFromDescription().RequireAuthorization(Policies.SeeConfidential);
        pages.MapGet("", List);
        pages.MapGet("/beslut/{id}", async (HttpContext http, string id, IDocumentSession session) =>
            await Decision(http, id, session) is { } d ? DecisionPage(http, d) : Layout.NotFound(http, $"Det finns inget sekretessmarkerat beslut {id}."));
        pages.MapGet("/uppdrag/{id}", async (HttpContext http, string id, IDocumentSession session) =>
            await Assignment(http, id, session) is { } a ? AssignmentPage(http, a.Read()) : Layout.NotFound(http, $"Det finns inget sekretessmarkerat uppdrag {id}."));

        var api = app.MapGroup("/api/confidential").WithTags("Sekretess").RequireAuthorization(Policies.SeeConfidential);
        api.MapGet("/decisions/{id}", async (HttpContext http, string id, IDocumentSession session) =>
            await Decision(http, id, session) is { } d ? Results.Ok(d) : Results.NotFound());
        api.MapGet("/assignments/{id}", async (HttpContext http, string id, IDocumentSession session) =>
            await Assignment(http, id, session) is { } a ? Results.Ok(a) : Results.NotFound());

        app.MapGet("/admin/sekretesslogg", Log).ExcludeFromDescription().RequireAuthorization(Policies.Administer);
    }

    static Task<DecisionRecord?> Decision(HttpContext http, string id, IDocumentSession session) =>
        Confidential<DecisionRecord>(http, id, session, "beslut", d => d.Confidential);

    static Task<AssignmentHistory?> Assignment(HttpContext http, string id, IDocumentSession session) =>
        Confidential<AssignmentHistory>(http, id, session, "uppdrag", a => a.Confidential);

    /// <summary>A confidential item, or null; the view is in the log before anything of the item leaves the server.</summary>
    static async Task<T?> Confidential<T>(HttpContext http, string id, IDocumentSession session, string kind, Func<T, bool> confidential) where T : class
    {
        id = Queries.QueryParameters.RouteKey(id);
        if (await session.LoadAsync<T>(id, http.RequestAborted) is not { } item || !confidential(item)) return null;
        session.Insert(new ConfidentialView(Guid.NewGuid(), DateTimeOffset.UtcNow, http.User.DisplayName() ?? "okänd",
            http.User.FindFirst(System.Security.Claims.ClaimTypes.Name)?.Value, kind, id, http.Request.Path));
        await session.SaveChangesAsync(http.RequestAborted);
        return item;
    }

    /// <summary>The list names the items by id only; their content is shown (and logged) one at a time.</summary>
    static async Task<IResult> List(HttpContext http, IQuerySession session)
    {
        var decisions = await session.Query<DecisionRecord>().Where(d => d.Confidential).Select(d => d.Id).ToListAsync(http.RequestAborted);
        var assignments = await session.Query<AssignmentHistory>().Where(a => a.Confidential).Select(a => a.Id).ToListAsync(http.RequestAborted);
        Html Items(IEnumerable<string> ids, string kind) => Html.Join(ids.Order(StringComparer.Ordinal).Select(id =>
            Html.Of($"<li><a href=\"{Path}/{kind}/{Uri.EscapeDataString(id)}\">{id}</a></li>")));
        return Layout.Page(http, "Sekretess", Html.Of($"""
            <h1>Sekretessmarkerat</h1>
            <p class="lead">Beslut och uppdrag som inte visas för allmänheten. Varje gång du öppnar ett av dem loggas det: vem, när och vad.</p>
            <h2>Beslut ({decisions.Count})</h2><ul>{Items(decisions, "beslut")}</ul>
            <h2>Uppdrag ({assignments.Count})</h2><ul>{Items(assignments, "uppdrag")}</ul>
            """));
    }

    static IResult DecisionPage(HttpContext http, DecisionRecord d) => Layout.Page(http, $"Sekretess: {d.Details.Title}", Html.Of($"""
        <h1>{d.Details.Title}</h1>
        <p class="notice" role="status">Sekretessmarkerat. Din visning är loggad.</p>
        <dl class="facts"><dt>Beslut</dt><dd>{d.Id}</dd><dt>Sammanträde</dt><dd>{d.MeetingDate} § {d.Details.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)}</dd>
        <dt>Ärende</dt><dd>{d.Details.CaseNumber ?? "–"}</dd><dt>Registrerat</dt><dd>{Parts.LocalTime(d.RecordedAt)}{(d.RecordedBy is null ? "" : $" av {d.RecordedBy}")}</dd></dl>
        <ul>{d.Details.Clauses.Select(c => Html.Of($"<li>{c}</li>"))}</ul>
        """));

    static IResult AssignmentPage(HttpContext http, AssignmentStory a) => Layout.Page(http, $"Sekretess: {a.State.Task}", Html.Of($"""
        <h1>Uppdrag: {a.State.Task}</h1>
        <p class="notice" role="status">Sekretessmarkerat. Din visning är loggad.</p>
        <dl class="facts"><dt>Uppdrag</dt><dd>{a.Id}</dd><dt>Mottagare</dt><dd>{a.State.Assignee}</dd><dt>Status</dt><dd>{Parts.StatusName(a.Status)}</dd></dl>
        <table><caption>Historik</caption><thead><tr><th>Datum</th><th>Händelse</th><th>Registrerat</th></tr></thead><tbody>
        {a.Entries.Select(e => Html.Of($"<tr><td>{e.On}</td><td>{e.Description}</td><td class=\"meta\">{Parts.LocalTime(e.RecordedAt)}{(e.RecordedBy is null ? "" : $" av {e.RecordedBy}")}</td></tr>"))}
        </tbody></table>
        """));

    static async Task<IResult> Log(HttpContext http, IQuerySession session)
    {
        var views = await session.Query<ConfidentialView>().OrderByDescending(v => v.At).Take(500).ToListAsync(http.RequestAborted);
        return Layout.Page(http, "Sekretesslogg", Html.Of($"""
            <h1>Sekretesslogg</h1>
            <p class="lead">Vem som har sett sekretessmarkerade beslut och uppdrag, senaste först (högst 500).</p>
            <table><thead><tr><th>När</th><th>Vem</th><th>Vad</th><th>Via</th></tr></thead><tbody>
            {views.Select(v => Html.Of($"<tr><td class=\"nowrap\">{Parts.LocalTime(v.At)}</td><td>{v.Who}{(v.Account is null ? "" : $" ({v.Account})")}</td><td>{v.Kind} {v.ItemId}</td><td class=\"meta\">{v.Path}</td></tr>"))}
            </tbody></table>
            """));
    }
}
