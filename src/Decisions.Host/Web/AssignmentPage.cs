using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Web.Forms;
using Marten;

namespace Decisions.Web;

/// <summary>One uppdrag: who owes what by when, and its history from given to closed, with links to the decisions on it.</summary>
public static class AssignmentPage
{
    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/uppdrag/{id}", (HttpContext http, IQuerySession session, string id, CancellationToken ct) => Show(http, session, id, null, StatusCodes.Status200OK, ct));
        AssignmentForms.Map(web, Show);
    }

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string id, Attempt? attempt, int status, CancellationToken ct)
    {
        var today = Parts.Today;
        var visible = await AssignmentQueries.Visible(id, session, ct);
        var decisionIds = visible.State.ReportBacks.Select(r => r.At).Append(visible.State.Given.DecisionId).Append(visible.State.ClosedBy ?? "");
        var bodies = await BodyDirectory.LoadAsync(session, decisionIds.Select(Parts.DecisionParts).OfType<(string, string BodyId, string, string)>()
            .Select(d => d.BodyId).Append(visible.GivingBodyId), ct);
        var window = bodies.Window(visible.GivingBodyId);
        var history = AssignmentAnswer.Of(visible, today, window);
        var a = history.State;
        var forms = await AssignmentForms.Section(http, session, a, bodies, attempt, ct);
        return Layout.Page(http, $"Uppdrag till {a.Assignee}", Html.Of($"""
            <h1>Uppdrag till {a.Assignee}</h1>
            {FormPost.Confirmation(http, AssignmentForms.Done)}
            <p class="lead">{a.Task}</p>
            <dl class="facts">
            <dt>Status i dag ({today})</dt><dd>{Parts.StatusBadge(a.Status)}{Parts.OverdueBadge(Deadlines.DaysOverdue(a, today))}</dd>
            {(history.Light is { } light ? Html.Of($"<dt>Läge</dt><dd>{Parts.LightBadge(light)}{(light.Reason is { } why ? Html.Of($"<br><span class=\"meta\">Skäl: {why}</span>") : Html.Empty)}</dd>") : Html.Empty)}
            {(history.Progress is { } progress ? Html.Of($"<dt>Andel klart</dt><dd>{progress} %</dd>") : Html.Empty)}
            <dt>Givet</dt><dd>{Parts.DecisionLink(a.Given.DecisionId, bodies)} ({a.Given.OccurredOn})</dd>
            {(a.Given.Source is { } source ? Html.Of($"<dt>Källa</dt><dd>{source.Document}{(source.FirstLine is { } line ? $", rad {line}" : "")}{(source.EditedBy is { } editor ? $" – ändrat av {editor} före importen" : " – som det lästes ut")}</dd>") : Html.Empty)}
            <dt>Ärende</dt><dd>{Parts.CaseLink(a.Given.CaseNumber)}</dd>
            <dt>Uppföljning</dt><dd><a href="{StandingListPage.Url(a.Given.GivingBodyId)}">Organets lista över uppdrag att följa upp</a>; {Feeds.FeedPages.Link($"flöde för {a.Assignee}", Feeds.FeedPages.AssigneeUrl(a.Assignee))}</dd>
            <dt>Förfaller</dt><dd>{a.Due.Text}{Html.When(a.Due.Effective is not null, Html.Of($" – {a.Due.Effective}{(a.Due.Date is null ? " (senast)" : "")}"))}</dd>
            {(a.ClosedBy is { } closedBy ? Html.Of($"<dt>Avslutat genom</dt><dd>{Parts.DecisionLink(closedBy, bodies)}</dd>") : Html.Empty)}
            {(a.MergedInto is { } mergedInto ? Html.Of($"<dt>Sammanslaget med</dt><dd><a href=\"{Parts.AssignmentUrl(mergedInto)}\">{mergedInto}</a></dd>") : Html.Empty)}
            </dl>
            <h2>Återrapporteringar</h2>
            {(a.ReportBacks.Count == 0 ? Html.Of($"<p>Inga återrapporteringar ännu.</p>") : Html.Of($"""
                <ul>{a.ReportBacks.Select(r => Html.Of($"<li>{r.On} {(r.Completeness == ReportCompleteness.Complete ? "Återrapportering" : "Delrapport")}: {r.Summary} – {Parts.DecisionLink(r.At, bodies)}{(r.Progress is { } p ? $" ({p} % klart)" : "")}{(r.Reason is { } why ? Html.Of($"<br><span class=\"meta\">Skäl att uppdraget fortsätter: {why}</span>") : Html.Empty)}</li>"))}</ul>
                """))}
            {Html.When(history.Extensions.Count > 0, Html.Of($"""
                <h2>Förlängd tid</h2>
                <ul>{history.Extensions.Select(e => Html.Of($"<li>{e.On}: {e.Reason}</li>"))}</ul>
                """))}
            <h2 id="statusandringar">Statusändringar</h2>
            <p class="meta">Status och läge som de ändrades, per dag det hände; läget räknas med organets påminnelsefönster på {window} dagar.</p>
            <table aria-labelledby="statusandringar">
            <thead><tr><th scope="col">Från</th><th scope="col">Status</th><th scope="col">Läge</th></tr></thead>
            <tbody>{history.StatusChanges.Select(c => Html.Of(
                $"<tr><td class=\"nowrap\">{c.On}</td><td>{Parts.StatusBadge(c.Status)}</td><td>{(c.Light is null ? Html.Of($"<span class=\"muted\">inget (avslutat)</span>") : Parts.LightBadge(c.Light))}{(c.Light?.Reason is { } why ? Html.Of($"<br><span class=\"meta\">{why}</span>") : Html.Empty)}</td></tr>"))}</tbody>
            </table>
            <h2>Historik</h2>
            <table>
            <thead><tr><th scope="col">Datum</th><th scope="col">Händelse</th><th scope="col">Registrerad</th></tr></thead>
            <tbody>{history.Entries.Select(e => Html.Of(
                $"<tr><td class=\"nowrap\">{e.On}</td><td>{e.Description}</td><td class=\"meta\">{Parts.LocalTime(e.RecordedAt)}{(e.RecordedBy is null ? "" : $" av {e.RecordedBy}")}</td></tr>"))}</tbody>
            </table>
            {forms}
            """), status);
    }
}
