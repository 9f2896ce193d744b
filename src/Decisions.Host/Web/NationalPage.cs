using Decisions.National;
using Decisions.Organisations;

namespace Decisions.Web;

/// <summary>
/// Search and the overdue report over every organisation's public decisions and assignments, with the organisation
/// as a facet. Only public items ever reach the national model, so the page needs no secrecy of its own.
/// </summary>
public static class NationalPage
{
    const int PageSize = 20;
    public const string Path = "/nationellt";

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet(Path, Search);
        web.MapGet(Path + "/forsenade", Overdue);
    }

    static async Task<IResult> Search(HttpContext http, NationalStore national, OrganisationDirectory directory, string? q, string? organisation, CancellationToken ct)
    {
        var name = await NamesAsync(directory, ct);
        var (text, chosen) = (Blank(q), Blank(organisation));
        await using var session = await national.QuerySessionAsync(ct);
        var result = await NationalQueries.SearchAsync(session, text, chosen, Parts.PageNumber(http.Request), PageSize, ct);
        return Layout.Page(http, "Sök i alla organisationer", Html.Of($"""
            <h1>Sök i alla organisationer</h1>
            <p class="lead">Offentliga beslut från varje region och kommun i registret. Sekretessbelagda beslut och uppdrag lämnar aldrig sin organisation.
            <a href="{Path}/forsenade">Försenade uppdrag i alla organisationer</a></p>
            <form class="filters" method="get" action="{Path}" role="search" aria-label="Sök beslut i alla organisationer">
            {Parts.Field("q", "Fritext", q, "search", "ord i rubrik och beslutstext")}
            {Html.When(chosen is not null, Html.Of($"<input type=\"hidden\" name=\"organisation\" value=\"{chosen}\">"))}
            <button type="submit">Sök</button>
            </form>
            {Facets(result.Organisations, chosen, name, o => Url(Path, ("q", text), ("organisation", o)))}
            <h2 id="traffar">{result.Total} beslut{(chosen is null ? "" : $" i {name(chosen)}")}</h2>
            {(result.Hits.Count == 0 ? Html.Of($"<p>Inga beslut matchar sökningen.</p>") : Html.Of($"<ol class=\"hits\" aria-labelledby=\"traffar\">{result.Hits.Select(h => Hit(h, name))}</ol>"))}
            {Parts.Pager(http.Request, result.Page, result.PageSize, result.Total)}
            """));
    }

    static async Task<IResult> Overdue(HttpContext http, NationalStore national, OrganisationDirectory directory, string? per, string? organisation, CancellationToken ct)
    {
        var name = await NamesAsync(directory, ct);
        var asOf = Parts.Date(per, "Per") ?? Parts.Today;
        var chosen = Blank(organisation);
        await using var session = await national.QuerySessionAsync(ct);
        var list = await NationalQueries.OverdueAsync(session, asOf, chosen, ct);
        var page = Parts.PageNumber(http.Request);
        return Layout.Page(http, "Försenade uppdrag i alla organisationer", Html.Of($"""
            <h1>Försenade uppdrag per {asOf} i alla organisationer</h1>
            <form class="controls" method="get" action="{Path}/forsenade">
            {Parts.Field("per", "Per", Parts.Iso(asOf), "date")}
            {Html.When(chosen is not null, Html.Of($"<input type=\"hidden\" name=\"organisation\" value=\"{chosen}\">"))}
            <button type="submit">Visa</button>
            </form>
            {Facets(list.Organisations, chosen, name, o => Url(Path + "/forsenade", ("per", Parts.Iso(asOf)), ("organisation", o)))}
            {(list.Rows.Count == 0 ? Html.Of($"<p role=\"status\">Inga offentliga uppdrag var försenade per {asOf}.</p>") : Html.Of($"""
                <table>
                <caption>{list.Rows.Count} försenade uppdrag</caption>
                <thead><tr><th scope="col">Organisation</th><th scope="col">Uppdrag</th><th scope="col">Uppdragstagare</th><th scope="col">Organ</th><th scope="col">Förfaller</th><th scope="col" class="number">Dagar försenat</th></tr></thead>
                <tbody>{list.Rows.Skip((page - 1) * 100).Take(100).Select(r => Html.Of($"""
                    <tr><td>{name(r.Organisation)}</td><td>{r.Task}</td><td>{r.Assignee}</td><td>{r.GivingBody.Name}</td>
                    <td>{r.DueText} <span class="meta nowrap">({r.EffectiveDue})</span></td><td class="number">{r.DaysOverdue}</td></tr>
                    """))}</tbody>
                </table>
                {Parts.Pager(http.Request, page, 100, list.Rows.Count)}
                """))}
            """));
    }

    /// <summary>
    /// The organisation's name for an id of the national model, which names the first organisation by its own fixed id;
    /// an id the directory does not know (an organisation removed from it) is shown as it is.
    /// </summary>
    static async Task<Func<string, string>> NamesAsync(OrganisationDirectory directory, CancellationToken ct)
    {
        var names = (await directory.ListAsync(ct)).ToDictionary(o => o.Id == OrganisationIds.Default ? NationalStore.DefaultOrganisation : o.Id, o => o.Name);
        return id => names.GetValueOrDefault(id, id);
    }

    /// <summary>Each organisation with its count, as a link that narrows to it; the one chosen links back to all.</summary>
    static Html Facets(IReadOnlyList<OrganisationCount> counts, string? chosen, Func<string, string> name, Func<string?, string> url) => counts.Count == 0 ? Html.Empty : Html.Of($"""
        <nav aria-label="Organisationer"><h2>Organisationer</h2><ul class="facets">
        {Html.When(chosen is not null, Html.Of($"<li><a href=\"{url(null)}\">Alla organisationer</a></li>"))}
        {counts.Select(c => c.Organisation == chosen
            ? Html.Of($"<li aria-current=\"true\"><strong>{name(c.Organisation)}</strong> ({c.Count})</li>")
            : Html.Of($"<li><a href=\"{url(c.Organisation)}\">{name(c.Organisation)}</a> ({c.Count})</li>"))}
        </ul></nav>
        """);

    static Html Hit(NationalDecisionHit h, Func<string, string> name) => Html.Of($"""
        <li>
        <h3>{name(h.Organisation)}: {h.Body.Name} {h.MeetingDate} § {h.Paragraph} {h.Title}</h3>
        <p class="meta">Ärende: {h.CaseNumber ?? "inget ärende"}</p>
        {Html.When(h.Clauses.Count > 0, Html.Of($"<ul>{h.Clauses.Select(c => Html.Of($"<li>{c}</li>"))}</ul>"))}
        </li>
        """);

    static string Url(string path, params (string Name, string? Value)[] query) =>
        path + QueryString.Create(query.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value)));

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
