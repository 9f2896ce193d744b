using Decisions.Cases;
using Decisions.Charts;
using Decisions.Feeds;
using Decisions.History;
using Decisions.Queries;
using Marten;

namespace Decisions.Web;

/// <summary>
/// Ett ärende across bodies and years: its state on a business date ("Läget per"), optionally as the register knew it at
/// an instant ("Registret per"), and the timeline of everything that happened in it.
/// </summary>
public static class CasePage
{
    const int TimelinePageSize = 50;

    public static void Map(IEndpointRouteBuilder web) => web.MapGet("/arenden/{caseNumber}", Show);

    static async Task<(CaseAsOf, Html)> WithPictureAsync(IQuerySession session, string key, DateOnly asOf, CancellationToken ct)
    {
        var (state, assignments) = await CaseView.AsOfWithAssignmentsAsync(session, key, asOf, ct);
        return (state, Charts.CaseTimelineChart.Figure(CaseTimeline.Rows(assignments, asOf), asOf));
    }

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string caseNumber, string? per, string? registrerat, CancellationToken ct)
    {
        var asOf = Parts.Date(per, "Läget per") ?? Parts.Today;
        var recordedAsOf = Parts.FromLocalTime(registrerat, "Registret per");
        var key = QueryParameters.RouteKey(caseNumber);
        // The list of assignments and their picture are read from the same timelines, once.
        var (state, picture) = recordedAsOf is null
            ? await WithPictureAsync(session, key, asOf, ct)
            : (await CaseView.AsOfAsync(session, key, asOf, recordedAsOf, ct), Charts.CaseTimelineChart.NotForEarlierRegister);
        var page = Parts.PageNumber(http.Request);
        var timeline = await CaseView.TimelineAsync(session, key, (page - 1) * TimelinePageSize, TimelinePageSize, ct);
        var canRecord = await Forms.Permissions.CanRecord(http);

        return Layout.Page(http, $"Ärende {state.CaseNumber}", Html.Of($"""
            <h1>Ärende {state.CaseNumber}{(state.Title is null ? "" : $": {state.Title}")}</h1>
            <form class="controls" method="get" action="{Parts.CaseUrl(state.CaseNumber)}" aria-label="Välj tidpunkt">
            {Parts.Field("per", "Läget per", Parts.Iso(asOf), "date", "det som hade hänt den dagen")}
            {Parts.Field("registrerat", "Registret per", recordedAsOf is null ? null : Parts.ToLocalInput(recordedAsOf.Value), "datetime-local", "det registret visste då (tomt = nu)")}
            <button type="submit">Visa</button>
            </form>
            <p class="notice" role="status">Läget per <strong>{asOf}</strong>{(recordedAsOf is null ? ", enligt registret i dag" : $", enligt registret {Parts.LocalTime(recordedAsOf.Value)}")}.
            {Html.When(state.Title is null, Html.Of($" Ärendet var inte öppnat då."))}</p>
            <p class="actions">{FeedPages.Link("Flöde för ärendet", FeedPages.CaseUrl(state.CaseNumber))}</p>
            <h2 id="uppdrag">Uppdrag</h2>
            {(state.Assignments.Count == 0 ? Html.Of($"<p>Inga uppdrag i ärendet den dagen.</p>") : Assignments(state))}
            {picture}
            <h2>Beslut</h2>
            {(state.Decisions.Count == 0 ? Html.Of($"<p>Inga beslut i ärendet den dagen.</p>") : Decisions(state, canRecord))}
            {Html.When(state.Documents.Count > 0, Html.Of($"<h2>Handlingar</h2><ul>{state.Documents.Select(d => Html.Of($"<li>{d.Details.Date} {d.Details.Title}{(d.Details.Author is null ? "" : $" ({d.Details.Author})")}{Html.When(d.Details.Proposals.Count > 0, Html.Of($" – {d.Details.Proposals.Count} förslag till beslut"))}</li>"))}</ul>"))}
            <h2 id="tidslinje">Tidslinje</h2>
            <p class="meta">Allt som har hänt i ärendet, i den ordning det hände, med när det registrerades.</p>
            {Timeline(timeline.Entries)}
            {Parts.Pager(http.Request, page, TimelinePageSize, timeline.Total)}
            """), head: FeedPages.Alternate($"Ärende {state.CaseNumber}", FeedPages.CaseUrl(state.CaseNumber)));
    }

    static Html Assignments(CaseAsOf state) => Html.Of($"""
        <table aria-labelledby="uppdrag">
        <thead><tr><th scope="col">Uppdrag</th><th scope="col">Uppdragstagare</th><th scope="col">Förfaller</th><th scope="col">Status</th></tr></thead>
        <tbody>{state.Assignments.Select(a => Html.Of($"""
            <tr><td><a href="{Parts.AssignmentUrl(a.Id)}">{a.Task}</a></td><td>{a.Assignee}</td>
            <td>{a.DueText}{Html.When(a.EffectiveDue is not null, Html.Of($" <span class=\"meta nowrap\">({a.EffectiveDue})</span>"))}</td>
            <td>{Parts.StatusBadge(a.Status)}{Parts.OverdueBadge(a.DaysOverdue)} {Parts.LightBadge(a.Light)}</td></tr>
            """))}</tbody>
        </table>
        """);

    /// <summary>A registrator finds the forms for a decision (a missed assignment, a rättelse) under its § on the meeting page.</summary>
    static Html Decisions(CaseAsOf state, bool canRecord) => Html.Of($"""
        <ul class="plain">{state.Decisions.Select(d => Html.Of($"""
            <li><h3><a href="{Parts.ParagraphUrl(d.Body.Id, d.Date, d.Paragraph)}">{d.Body.Name} {d.Date} § {d.Paragraph}</a> {d.Title}</h3>
            <p class="meta">{Parts.KindName(d.Kind)}{Html.When(canRecord, Html.Of($" · <a href=\"{Parts.ParagraphUrl(d.Body.Id, d.Date, d.Paragraph)}-uppdrag\">Lägg till uppdrag eller rätta beslutet</a>"))}</p>
            {Html.When(d.Clauses.Count > 0, Html.Of($"<ul>{d.Clauses.Select(c => Html.Of($"<li>{c}</li>"))}</ul>"))}</li>
            """))}</ul>
        """);

    static Html Timeline(IEnumerable<LogEntry> entries) => Html.Of($"""
        <table>
        <thead><tr><th scope="col">Datum</th><th scope="col">Händelse</th><th scope="col">Registrerad</th></tr></thead>
        <tbody>{entries.Select(e => Html.Of(
            $"<tr><td class=\"nowrap\">{e.On}</td><td>{e.Description}</td><td class=\"meta\">{Parts.LocalTime(e.RecordedAt)}{(e.RecordedBy is null ? "" : $" av {e.RecordedBy}")}</td></tr>"))}</tbody>
        </table>
        """);
}
