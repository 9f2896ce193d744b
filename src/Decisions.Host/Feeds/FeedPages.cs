using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Queries;
using Decisions.Shared;
using Decisions.Web;
using Marten;

namespace Decisions.Feeds;

/// <summary>
/// Atom feeds per body, assignee, case and search, under /flode. Feeds are read by programs that do not sign in, so
/// they show what the public may see, whoever asks.
/// </summary>
public static class FeedPages
{
    public const string Root = "/flode";

    public static string BodyUrl(string bodyId) => $"{Root}/organ/{Uri.EscapeDataString(bodyId)}";

    public static string AssigneeUrl(string assignee) => $"{Root}/uppdragstagare/{Uri.EscapeDataString(assignee)}";

    public static string CaseUrl(string caseNumber) => $"{Root}/arenden/{Uri.EscapeDataString(caseNumber)}";

    /// <summary>The feed of a register search, with the register page's own names for its filters.</summary>
    public static string SearchUrl(DecisionFilter filter) => $"{Root}/beslut" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = filter.Q, ["organ"] = filter.Body, ["person"] = filter.Person, ["arende"] = filter.Case,
        ["fran"] = filter.From is { } from ? Parts.Iso(from) : null, ["till"] = filter.To is { } to ? Parts.Iso(to) : null,
    }.Where(p => p.Value is not null));

    /// <summary>For a page's head, so browsers and feed readers find the feed of what the page shows.</summary>
    public static Html Alternate(string title, string url) =>
        Html.Of($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{title}\" href=\"{url}\">");

    /// <summary>The visible way to the same feed.</summary>
    public static Html Link(string label, string url) => Html.Of($"<a class=\"feed\" type=\"application/atom+xml\" href=\"{url}\">{label} (Atom)</a>");

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet(Root, Index);
        web.MapGet($"{Root}/organ/{{organ}}", Body);
        web.MapGet($"{Root}/uppdragstagare/{{namn}}", Assignee);
        web.MapGet($"{Root}/arenden/{{caseNumber}}", Case);
        web.MapGet($"{Root}/beslut", Search);
    }

    /// <summary>Where the feeds are found: one per body and per assignee; the case pages and the register search link their own.</summary>
    static async Task<IResult> Index(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var bodies = await session.Query<BodyState>().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        // An assignment's id is its decision's and a clause number, so the decision's secrecy is read from the id.
        var assignees = (await session.Query<AssignmentHistory>().Where(x => !x.Confidential).Select(x => new { x.Id, x.Assignee }).ToListAsync(ct))
            .Where(a => !secrecy.HidesDecision(a.Id[..a.Id.LastIndexOf('/')])).Select(a => a.Assignee)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(Parts.Swedish).ToList();
        return Layout.Page(http, "Flöden", Html.Of($"""
            <h1>Flöden</h1>
            <p class="lead">Följ det som är nytt i registret i en flödesläsare eller ett annat system (Atom): nya beslut, nya uppdrag,
            återrapporteringar och uppdrag som blir försenade, det senast registrerade först. Flödena visar det som är offentligt.</p>
            <h2>Per organ</h2>
            {(bodies.Count == 0 ? Html.Of($"<p>Inga organ i registret ännu.</p>") : Html.Of($"<ul>{bodies.Select(b => Html.Of($"<li>{Link(b.Name, BodyUrl(b.Id))}</li>"))}</ul>"))}
            <h2>Per uppdragstagare</h2>
            {(assignees.Count == 0 ? Html.Of($"<p>Inga uppdrag i registret ännu.</p>") : Html.Of($"<ul>{assignees.Select(a => Html.Of($"<li>{Link(a, AssigneeUrl(a))}</li>"))}</ul>"))}
            <h2>Per ärende och per sökning</h2>
            <p>Varje ärendesida och varje sökning i <a href="/beslut">beslutsregistret</a> har ett eget flöde, länkat från sidan.</p>
            """));
    }

    static async Task<IResult> Body(HttpContext http, IQuerySession session, string organ, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(organ);
        var body = await session.LoadAsync<BodyState>(StreamIds.Body(key), ct) ?? throw new NotFound("Body", key);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var decisions = await session.Query<DecisionRecord>().Where(x => x.BodyId == body.Id && !x.Confidential).Select(x => x.Id).ToListAsync(ct);
        var entries = await FeedEntries.BuildAsync(session, decisions, session.Query<AssignmentHistory>().Where(x => x.GivingBodyId == body.Id), secrecy, Parts.Today, ct);
        return Answer(http, new Feed($"{body.Name}: beslut och uppdrag", "/beslut" + QueryString.Create("organ", body.Id), entries));
    }

    static async Task<IResult> Assignee(HttpContext http, IQuerySession session, string namn, CancellationToken ct)
    {
        var assignee = QueryParameters.RouteKey(namn).Trim();
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var assignments = session.Query<AssignmentHistory>().Where(x => x.Assignee.Equals(assignee, StringComparison.OrdinalIgnoreCase));
        var entries = await FeedEntries.BuildAsync(session, [], assignments, secrecy, Parts.Today, ct);
        return Answer(http, new Feed($"Uppdrag till {assignee}", null, entries));
    }

    static async Task<IResult> Case(HttpContext http, IQuerySession session, string caseNumber, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(caseNumber);
        var caseId = StreamIds.Case(key);
        if (!await session.Query<CaseStreams>().AnyAsync(x => x.Id == caseId, ct)) throw new NotFound("Case", key);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var decisions = await session.Query<DecisionRecord>().Where(x => x.CaseId == caseId && !x.Confidential).Select(x => x.Id).ToListAsync(ct);
        var entries = await FeedEntries.BuildAsync(session, decisions, session.Query<AssignmentHistory>().Where(x => x.CaseId == caseId), secrecy, Parts.Today, ct);
        return Answer(http, new Feed($"Ärende {key}", Parts.CaseUrl(key), entries));
    }

    /// <summary>
    /// The newest decisions the search finds (as the register page lists them), and what became of the assignments
    /// they gave. An assignment's id is its decision's and the number of the clause that gave it.
    /// </summary>
    static async Task<IResult> Search(
        HttpContext http, IQuerySession session, string? q, string? organ, string? person, string? fran, string? till, string? arende, CancellationToken ct)
    {
        var filter = new DecisionFilter(Blank(organ), Blank(arende), Blank(person), Parts.Date(fran, "Från"), Parts.Date(till, "Till"), Blank(q), 1, FeedEntries.Limit);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        var hits = (await DecisionSearch.RunAsync(session, filter, ct, secrecy)).Hits;
        var records = await session.LoadManyAsync<DecisionRecord>(ct, hits.Select(h => h.Id));
        var assignments = records.SelectMany(r => Enumerable.Range(1, r.Details.Clauses.Count).Select(i => StreamIds.Assignment(r.Id, i))).ToArray();
        var entries = await FeedEntries.BuildAsync(session, [.. hits.Select(h => h.Id)], session.Query<AssignmentHistory>().Where(x => x.Id.IsOneOf(assignments)), secrecy, Parts.Today, ct);
        return Answer(http, new Feed($"Beslutsregistret: {Describe(filter)}", "/beslut" + http.Request.QueryString, entries));
    }

    static string Describe(DecisionFilter f)
    {
        string?[] parts =
        [
            f.Q is null ? null : $"”{f.Q}”", f.Body is null ? null : $"organ {f.Body}", f.Person is null ? null : $"person {f.Person}",
            f.Case is null ? null : $"ärende {f.Case}", f.From is { } from ? $"från {Parts.Iso(from)}" : null, f.To is { } to ? $"till {Parts.Iso(to)}" : null,
        ];
        var chosen = parts.OfType<string>().ToList();
        return chosen.Count == 0 ? "alla beslut" : "sökning " + string.Join(", ", chosen);
    }

    static IResult Answer(HttpContext http, Feed feed)
    {
        var request = http.Request;
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return Results.Bytes(Atom.Write(feed, site + request.Path + request.QueryString, site), Atom.ContentType);
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
