using Decisions.Decisions;
using Decisions.Assignments;
using Decisions.Feeds;
using Decisions.Meetings;
using Decisions.Web.Forms;
using Marten;

namespace Decisions.Web;

/// <summary>Ett sammanträde: who served and for whom, who else was there, every § with its decision, and the legal clocks.</summary>
public static class MeetingPage
{
    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/sammantraden/{id}", (HttpContext http, IQuerySession session, string id, CancellationToken ct) => Show(http, session, id, null, StatusCodes.Status200OK, ct));
        MeetingForms.Map(web, Show);
    }

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string id, Attempt? attempt, int status, CancellationToken ct)
    {
        var m = await MeetingQueries.Get(id, session, ct);
        var decisions = m.Decisions.ToDictionary(d => d.Paragraph);
        var meetingForms = await MeetingForms.ForMeeting(http, session, m, attempt, ct);
        var paragraphForms = new Dictionary<int, Html>();
        if (await Permissions.CanRecord(http))
        {
            var given = (await session.Query<AssignmentState>().Where(a => a.Given.DecisionId.StartsWith(m.Id + "/§")).Select(a => a.Id).ToListAsync(ct))
                .ToLookup(a => a[..a.LastIndexOf('/')]);
            foreach (var d in m.Decisions)
                paragraphForms[d.Paragraph] = await MeetingForms.ForParagraph(http, session, m, d, [.. given[d.Id]], attempt, ct);
        }
        var time = m.Details.Start is { } start ? $", kl. {start:HH:mm}{(m.Details.End is { } end ? $"–{end:HH:mm}" : "")}" : "";
        return Layout.Page(http, $"{m.Body.Name} {Parts.Iso(m.Details.Date)}", Html.Of($"""
            <h1>{m.Body.Name} {m.Details.Date}</h1>
            {FormPost.Confirmation(http, MeetingForms.Done)}
            <p class="lead">Sammanträde {m.Details.Date}{time}{(m.Details.Place is null ? "" : $", {m.Details.Place}")}.</p>
            <p class="actions">{FeedPages.Link($"Flöde för {m.Body.Name}", FeedPages.BodyUrl(m.Body.Id))}</p>
            <h2>Tidsfrister</h2>
            <dl class="facts">
            <dt>Justering senast</dt><dd>{m.Adjustment?.LatestAllowed ?? m.Clocks.AdjustmentDue}</dd>
            <dt>Justerat</dt><dd>{(m.Adjustment is { } adjusted ? Html.Of($"{adjusted.OccurredOn}{(adjusted.Adjusters.Count == 0 ? "" : $" av {string.Join(", ", adjusted.Adjusters)}")}") : NotYet)}</dd>
            <dt>Anslag senast</dt><dd>{(m.Clocks.PostingDue is { } postingDue ? Html.Of($"{postingDue}") : NotYet)}</dd>
            <dt>Anslaget</dt><dd>{(m.Posting is { } posted ? Html.Of($"{posted.OccurredOn}{(posted.TakenDownOn is { } down ? $", tas ned {Parts.Iso(down)}" : "")}") : NotYet)}</dd>
            <dt>Överklagandetiden slutar</dt><dd>{(m.Clocks.AppealEndsOn is { } appeal ? Html.Of($"{appeal}") : NotYet)}</dd>
            <dt>Laga kraft</dt><dd>{(m.Clocks.LegalForceOn is { } force ? Html.Of($"{force} <span class=\"meta\">om ingen har överklagat</span>") : NotYet)}</dd>
            {Html.When(m.ImmediatelyAdjusted.Count > 0, Html.Of($"<dt>Omedelbart justerade</dt><dd>{string.Join(", ", m.ImmediatelyAdjusted.Select(p => $"§ {p}"))}</dd>"))}
            </dl>
            <h2>Närvaro</h2>
            {(m.Attendance is { } attendance ? Attendance(attendance) : Html.Of($"<p>Protokollet anger ingen närvaro.</p>"))}
            <h2>Paragrafer</h2>
            {m.Paragraphs.Select(p => Paragraph(p, decisions.GetValueOrDefault(p.Number), paragraphForms.GetValueOrDefault(p.Number)))}
            {meetingForms}
            """), status, FeedPages.Alternate(m.Body.Name, FeedPages.BodyUrl(m.Body.Id)));
    }

    static readonly Html NotYet = Html.Of($"<span class=\"muted\">inte ännu</span>");

    static Html Attendance(Attendance a) => Html.Of($"""
        <h3>Tjänstgörande ledamöter</h3>
        <ul>{a.Serving.Select(s => Html.Of($"<li>{s.Name}{Party(s.Party)}{(s.Role is null ? "" : $", {s.Role}")}{Html.When(s.ServesFor is not null, Html.Of($", <strong>ersätter {s.ServesFor}</strong>"))}</li>"))}</ul>
        {Html.When(a.PresentSubstitutes.Count > 0, Html.Of($"<h3>Närvarande ersättare</h3><ul>{a.PresentSubstitutes.Select(s => Html.Of($"<li>{s.Name}{Party(s.Party)}</li>"))}</ul>"))}
        {Html.When(a.Officials.Count > 0, Html.Of($"<h3>Övriga närvarande</h3><ul>{a.Officials.Select(o => Html.Of(
            $"<li>{o.Name}{(o.Role is null ? "" : $", {o.Role}")}{(o.Paragraphs is null ? "" : $" ({string.Join(", ", o.Paragraphs.Select(p => $"§ {p}"))})")}</li>"))}</ul>"))}
        """);

    static string Party(string? party) => party is null ? "" : $" ({party})";

    static Html Paragraph(Paragraph p, DecisionHit? d, Html forms) => Html.Of($"""
        <section class="paragraph" id="p{p.Number}" aria-labelledby="p{p.Number}-rubrik">
        <h3 id="p{p.Number}-rubrik">§ {p.Number} {p.Title}</h3>
        <p class="meta">Ärende: {Parts.CaseLink(p.CaseNumber)}{(d is null ? "" : $" · {Parts.KindName(d.Kind)}")}</p>
        {Html.When(p.Disqualified.Count > 0, Html.Of($"<p>Jäv, deltog inte: {string.Join(", ", p.Disqualified)}</p>"))}
        {(d is null ? Html.Of($"<p class=\"muted\">Beslutet visas inte (sekretess eller ännu inte registrerat).</p>") : Decision(d))}
        {forms}
        </section>
        """);

    static Html Decision(DecisionHit d) => Html.Of($"""
        {Html.When(d.Clauses.Count > 0, Html.Of($"<ul>{d.Clauses.Select(c => Html.Of($"<li>{c}</li>"))}</ul>"))}
        {Html.When(d.Motions.Count > 0, Html.Of($"<p><strong>Yrkanden:</strong></p><ul>{d.Motions.Select(x => Html.Of($"<li>{x.By}: {x.Text}</li>"))}</ul>"))}
        {Html.When(d.Votes.Count > 0, Html.Of($"<p><strong>Votering:</strong> {string.Join("; ", d.Votes.Select(v => $"{v.Yes} ja, {v.No} nej, {v.Abstained} avstod"))}</p>"))}
        {Html.When(d.Reservations.Count > 0, Html.Of($"<p><strong>Reservation:</strong> {string.Join("; ", d.Reservations.Select(r => string.Join(", ", r.Names)))}</p>"))}
        {Html.When(d.Notes.Count > 0, Html.Of($"<p><strong>Protokollsanteckning:</strong></p><ul>{d.Notes.Select(n => Html.Of($"<li>{n}</li>"))}</ul>"))}
        """);
}
