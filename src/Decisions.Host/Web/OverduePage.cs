using Decisions.Assignments;
using Marten;

namespace Decisions.Web;

/// <summary>Försenade uppdrag on a business date, grouped by assignee or by giving body, a page of rows at a time, with the CSV export.</summary>
public static class OverduePage
{
    const int PageSize = 100;

    public static void Map(IEndpointRouteBuilder web) => web.MapGet("/forsenade", Show);

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string? per, string? grupp, CancellationToken ct)
    {
        var asOf = Parts.Date(per, "Per") ?? Parts.Today;
        var byBody = grupp == "organ";
        // Every overdue assignment is found (a few small fields each) for the groups' counts; only the page shown is
        // completed with its decisions.
        var entries = await OverdueReport.FindAsync(session, asOf, null, null, ct);
        var bodies = await OverdueReport.BodiesAsync(session, entries, ct);
        Func<OverdueEntry, string> groupOf = byBody ? e => bodies.Ref(e.GivingBodyId).Name : e => e.Span.Assignee;
        // Rows keep the report's order (most days overdue first) inside each group; groups by name.
        var rows = entries.OrderBy(groupOf, Parts.Swedish).ToList();
        var groups = rows.GroupBy(groupOf).Select(g => (Name: g.Key, Count: g.Count(), Days: g.Max(e => e.DaysOverdue(asOf)))).ToList();
        var page = Parts.PageNumber(http.Request);
        Func<OverdueRow, string> rowGroup = byBody ? r => r.GivingBody.Name : r => r.Assignee;
        var shown = (await OverdueReport.RowsAsync(session, asOf, [.. rows.Skip((page - 1) * PageSize).Take(PageSize)], bodies, ct)).GroupBy(rowGroup);
        var groupLabel = byBody ? "Organ" : "Uppdragstagare";
        var trend = await Charts.OverdueChart.SectionAsync(session, asOf, ct);

        return Layout.Page(http, "Försenade uppdrag", Html.Of($"""
            <h1>Försenade uppdrag per {asOf}</h1>
            <p class="lead">Uppdrag vars tid hade gått ut den dagen utan att uppdragstagaren hade lämnat en slutlig återrapportering.
            En delrapport stoppar inte klockan.</p>
            <form class="controls" method="get" action="/forsenade">
            {Parts.Field("per", "Per", Parts.Iso(asOf), "date")}
            <div class="field"><label for="grupp">Gruppera efter</label><select id="grupp" name="grupp">
            <option value="uppdragstagare"{Html.When(!byBody, Html.Of($" selected"))}>Uppdragstagare</option>
            <option value="organ"{Html.When(byBody, Html.Of($" selected"))}>Organ som gav uppdraget</option>
            </select></div>
            <button type="submit">Visa</button>
            </form>
            <p class="actions"><a href="/api/reports/overdue?asOf={Parts.Iso(asOf)}&amp;format=xlsx" download>Ladda ner som Excel (XLSX)</a> · <a href="/api/reports/overdue?asOf={Parts.Iso(asOf)}&amp;format=csv" download>CSV</a></p>
            {(rows.Count == 0 ? Html.Of($"<p role=\"status\">Inga uppdrag var försenade per {asOf}.</p>") : Html.Of($"""
                <h2 id="sammanfattning">{rows.Count} försenade uppdrag</h2>
                <table aria-labelledby="sammanfattning">
                <thead><tr><th scope="col">{groupLabel}</th><th scope="col" class="number">Uppdrag</th><th scope="col" class="number">Mest försenat (dagar)</th></tr></thead>
                <tbody>{groups.Select(g => Html.Of($"<tr><td>{g.Name}</td><td class=\"number\">{g.Count}</td><td class=\"number\">{g.Days}</td></tr>"))}</tbody>
                </table>
                {shown.Select(g => Group(g.Key, g, byBody))}
                {Parts.Pager(http.Request, page, PageSize, rows.Count)}
                """))}
            {trend}
            """));
    }

    static Html Group(string name, IEnumerable<OverdueRow> rows, bool byBody) => Html.Of($"""
        <h3>{name}</h3>
        <table>
        <thead><tr><th scope="col">Uppdrag</th><th scope="col">{(byBody ? "Uppdragstagare" : "Organ")}</th><th scope="col">Beslut</th><th scope="col">Förfaller</th><th scope="col" class="number">Dagar försenat</th><th scope="col">Senaste delrapport</th></tr></thead>
        <tbody>{rows.Select(r => Html.Of($"""
            <tr><td><a href="{Parts.AssignmentUrl(r.AssignmentId)}">{r.Task}</a></td>
            <td>{(byBody ? r.Assignee : r.GivingBody.Name)}</td>
            <td>{(r.GivingDecision.Paragraph is { } p ? Html.Of($"<a class=\"nowrap\" href=\"{Parts.ParagraphUrl(r.GivingBody.Id, r.GivingDecision.Date, p)}\">{r.GivingDecision.Date} § {p}</a>") : Html.Of($"{r.GivingDecision.Date}"))}</td>
            <td>{r.DueText} <span class="meta nowrap">({r.EffectiveDue})</span></td>
            <td class="number">{r.DaysOverdue} {Parts.LightBadge(r.Light)}</td>
            <td>{(r.LastPartialReport is { } report ? Html.Of($"{report.On}: {report.Summary}") : Html.Of($"<span class=\"muted\">ingen</span>"))}</td></tr>
            """))}</tbody>
        </table>
        """);
}
