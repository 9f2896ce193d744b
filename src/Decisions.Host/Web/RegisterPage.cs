using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Exports;
using Decisions.Feeds;
using Marten;

namespace Decisions.Web;

/// <summary>Beslutsregistret: the audit search with Swedish full text and filters, a page of hits at a time.</summary>
public static class RegisterPage
{
    const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder web) => web.MapGet("/beslut", Show);

    static async Task<IResult> Show(
        HttpContext http, IQuerySession session, string? q, string? organ, string? person, string? fran, string? till, string? arende, CancellationToken ct)
    {
        var (from, to) = (Parts.Date(fran, "Från"), Parts.Date(till, "Till"));
        var filter = new DecisionFilter(Blank(organ), Blank(arende), Blank(person), from, to, Blank(q), Parts.PageNumber(http.Request), PageSize);
        var result = await DecisionSearch.RunAsync(session, filter, ct);
        var bodies = await session.Query<BodyState>().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var bodyOptions = bodies.Select(b => Html.Of($"<option value=\"{b.Id}\"{Html.When(b.Id == organ, Html.Of($" selected"))}>{b.Name}</option>"));

        return Layout.Page(http, "Beslutsregister", Html.Of($"""
            <h1>Beslutsregister</h1>
            <form class="filters" method="get" action="/beslut" role="search" aria-label="Sök beslut">
            {Parts.Field("q", "Fritext", q, "search", "ord i rubrik och beslutstext")}
            <div class="field"><label for="organ">Organ</label><select id="organ" name="organ"><option value="">Alla organ</option>{bodyOptions}</select></div>
            {Parts.Field("person", "Person", person, hint: "ledamot eller ersättare som deltog")}
            {Parts.Field("fran", "Från", from is null ? null : Parts.Iso(from.Value), "date")}
            {Parts.Field("till", "Till", to is null ? null : Parts.Iso(to.Value), "date")}
            {Parts.Field("arende", "Ärende", arende, hint: "diarienummer")}
            <button type="submit">Sök</button>
            </form>
            <p class="actions"><a href="{DecisionExport.Url(filter, ExportFormat.Xlsx)}" download>Ladda ner som Excel (XLSX)</a> · <a href="{DecisionExport.Url(filter, ExportFormat.Csv)}" download>CSV</a> · {FeedPages.Link("Flöde för sökningen", FeedPages.SearchUrl(filter))} · <a href="{FeedPages.Root}">Alla flöden</a></p>
            <h2 id="traffar">{(result.MoreThanTotal ? "Fler än " : "")}{result.Total} beslut</h2>
            {(result.Hits.Count == 0 ? Html.Of($"<p>Inga beslut matchar sökningen.</p>") : Html.Of($"<ol class=\"hits\" aria-labelledby=\"traffar\">{result.Hits.Select(Hit)}</ol>"))}
            {Parts.Pager(http.Request, result.Page, result.PageSize, result.Total)}
            """), head: FeedPages.Alternate("Beslutsregistret: sökningen", FeedPages.SearchUrl(filter)));
    }

    static Html Hit(DecisionHit h) => Html.Of($"""
        <li>
        <h3><a href="{Parts.ParagraphUrl(h.Body.Id, h.MeetingDate, h.Paragraph)}">{h.Body.Name} {h.MeetingDate} § {h.Paragraph}</a> {h.Title}</h3>
        <p class="meta">Ärende: {Parts.CaseLink(h.CaseNumber)} · {Parts.KindName(h.Kind)} · registrerat {Parts.LocalTime(h.RecordedAt)}{(h.RecordedBy is null ? "" : $" av {h.RecordedBy}")}{(h.Corrections.Count > 0 ? $" · {h.Corrections.Count} rättelse(r)" : "")}</p>
        {Html.When(h.Clauses.Count > 0, Html.Of($"<ul>{h.Clauses.Select(c => Html.Of($"<li>{c}</li>"))}</ul>"))}
        {Html.When(h.Served.Count > 0, Html.Of($"<p class=\"meta\">Beslutande: {string.Join(", ", h.Served.Select(Parts.Person))}</p>"))}
        </li>
        """);

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
