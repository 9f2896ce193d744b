using Decisions.Assignments;
using Decisions.Queries;
using Marten;

namespace Decisions.Web;

/// <summary>
/// Uppföljning av uppdrag: the standing list a secretary prints on A4 and attaches to a meeting's agenda. Every light
/// is told in words as well as colour, since the printout may well be in grey.
/// </summary>
public static class StandingListPage
{
    public static string Url(string bodyId, DateOnly? meeting = null) =>
        $"/organ/{Uri.EscapeDataString(bodyId)}/uppfoljning{(meeting is { } m ? $"?sammantrade={Parts.Iso(m)}" : "")}";

    public static void Map(IEndpointRouteBuilder web) => web.MapGet("/organ/{bodyId}/uppfoljning", Show);

    static async Task<IResult> Show(HttpContext http, IQuerySession session, string bodyId, string? sammantrade, CancellationToken ct)
    {
        var list = await StandingLists.RunAsync(session, QueryParameters.RouteKey(bodyId), Parts.Date(sammantrade, "Sammanträde"), Parts.Today, ct);
        var open = list.Items.Where(i => i.FinishedOn is null).ToList();
        var finished = list.Items.Where(i => i.FinishedOn is not null).ToList();
        var counts = open.GroupBy(i => i.Light!.Colour).OrderByDescending(g => g.Key)
            .Select(g => $"{g.Count()} {StatusWords.Colour(g.Key).ToLowerInvariant()}{(g.Count() == 1 ? "" : "a")}");
        var meetings = list.Meetings.Contains(list.Meeting) ? list.Meetings : [.. list.Meetings.Append(list.Meeting).Order()];

        return Layout.Page(http, $"Uppföljning av uppdrag – {list.Body.Name} {list.Meeting}", Html.Of($"""
            <h1>Uppföljning av uppdrag</h1>
            <p class="lead"><strong>{list.Body.Name}</strong>, sammanträdet {list.Meeting}.
            Uppdrag som organet har gett och som var öppna före sammanträdet, och uppdrag som har avslutats
            {(list.PreviousMeeting is { } previous ? Html.Of($"sedan förra sammanträdet ({previous})") : Html.Of($"tidigare (inget tidigare sammanträde finns i registret)"))}.
            Läget gäller sammanträdesdagen: röd är försenat, gul är delrapporterat, fått ny tid eller förfaller inom {list.WindowDays} dagar, grön är i tid.</p>
            <form class="filters" method="get" action="{Url(list.Body.Id)}" aria-label="Välj sammanträde">
            <div class="field"><label for="sammantrade">Sammanträde</label><select id="sammantrade" name="sammantrade">{meetings.Select(d =>
                Html.Of($"<option value=\"{d}\"{Html.When(d == list.Meeting, Html.Of($" selected"))}>{d}</option>"))}</select></div>
            <button type="submit">Visa</button>
            </form>
            <p class="actions no-print"><span>Sidan skrivs ut på A4 utan meny och formulär.</span>
            <a href="/api/bodies/{Uri.EscapeDataString(list.Body.Id)}/follow-up?meeting={list.Meeting}&amp;format=xlsx">Ladda ner som Excel</a>
            <a href="/api/bodies/{Uri.EscapeDataString(list.Body.Id)}/follow-up?meeting={list.Meeting}">Samma lista som JSON</a></p>
            <h2 id="pagaende">Pågående uppdrag ({open.Count})</h2>
            {(open.Count == 0 ? Html.Of($"<p>Inga pågående uppdrag.</p>") : Html.Of($"""
                <p role="status">{string.Join(", ", counts)}.</p>
                {Table("pagaende", open)}
                """))}
            <h2 id="avslutade">Avslutade sedan förra sammanträdet ({finished.Count})</h2>
            {(finished.Count == 0 ? Html.Of($"<p>Inga uppdrag har avslutats sedan dess.</p>") : Table("avslutade", finished))}
            """));
    }

    static Html Table(string labelledBy, IEnumerable<StandingListItem> items) => Html.Of($"""
        <table class="standing" aria-labelledby="{labelledBy}">
        <thead><tr><th scope="col">Uppdrag</th><th scope="col">Givet</th><th scope="col">Förfaller</th><th scope="col">Läge</th><th scope="col">Skäl</th><th scope="col">Senaste rapport</th></tr></thead>
        <tbody>{items.Select(i => Html.Of($"""
            <tr><td><a href="{Parts.AssignmentUrl(i.AssignmentId)}">{i.Task}</a><br><span class="meta">{i.Assignee}</span></td>
            <td class="nowrap">{(i.GivingDecision.Paragraph is { } p ? Html.Of($"{i.GivingDecision.Date} § {p}") : Html.Of($"{i.GivingDecision.Date}"))}</td>
            <td>{i.DueText}{Html.When(i.EffectiveDue is not null, Html.Of($" <span class=\"meta nowrap\">({i.EffectiveDue})</span>"))}</td>
            <td>{(i.Light is { } light ? Parts.LightBadge(light) : Html.Of($"{StatusWords.Status(i.Status)} <span class=\"nowrap\">{i.FinishedOn}</span>"))}{(i.Progress is { } share ? Html.Of($"<br><span class=\"meta\">{share} % klart</span>") : Html.Empty)}</td>
            <td>{i.Reason}</td>
            <td>{(i.LastReport is { } r ? Html.Of($"{r.On}: {r.Summary}") : Html.Of($"<span class=\"muted\">ingen</span>"))}</td></tr>
            """))}</tbody>
        </table>
        """);
}
