using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Import;
using Marten;

namespace Decisions.Web;

/// <summary>Where a first-time visitor learns what the register is and where to begin; an empty register offers the examples.</summary>
public static class StartPage
{
    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/", Show);
        web.MapPost("/exempel", LoadExamples);
        // The start page's "go to a case" form sends the case number as typed; the case page wants it in the path.
        web.MapGet("/arenden", (string? dnr) => string.IsNullOrWhiteSpace(dnr) ? Results.Redirect("/beslut") : Results.Redirect(Parts.CaseUrl(dnr.Trim())));
    }

    static async Task<IResult> Show(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var empty = !await session.Events.QueryAllRawEvents().AnyAsync(ct);
        var latest = empty ? null : await DecisionSearch.RunAsync(session, new DecisionFilter(PageSize: 5), ct);
        return Layout.Page(http, "Start", Html.Of($"""
            <h1>Beslutsregistret</h1>
            <p class="lead">Här följer du politiska beslut i regioner och kommuner: vem som beslutade vad och när, vilka uppdrag besluten gav,
            vilka återrapporteringar som har kommit in och vilka uppdrag som är försenade. Registret minns också hur allt såg ut en viss dag.</p>
            {(empty ? EmptyRegister(http) : Latest(latest!))}
            <h2>Var vill du börja?</h2>
            <ul>
            <li><a href="/beslut">Beslutsregistret</a> – sök i beslut med fritext och filtrera på organ, person, period och ärende.</li>
            <li><a href="/forsenade">Försenade uppdrag</a> – uppdrag vars tid har gått ut utan slutlig återrapportering, per uppdragstagare eller organ.</li>
            <li><a href="/import">Importera</a> – läs in ett protokoll, ett protokollsutdrag eller en tjänsteskrivelse (text eller PDF), granska och bekräfta.</li>
            </ul>
            <form class="controls" method="get" action="/arenden">
            {Parts.Field("dnr", "Gå till ärende (diarienummer)", null, hint: "till exempel HSN/570/2023")}
            <button type="submit">Visa ärendet</button>
            </form>
            """));
    }

    static Html EmptyRegister(HttpContext http) => Html.Of($"""
        <section class="notice" aria-labelledby="tomt">
        <h2 id="tomt">Registret är tomt</h2>
        <p>Vill du se hur det fungerar? Läs in exempeldokumenten: fem offentliga handlingar från en region som tillsammans berättar om
        arbetet för en ekonomi i balans i hälso- och sjukvårdsnämnden och dess arbetsutskott 2023–2024.</p>
        <ul>{ExampleDocuments.Names.Select(n => Html.Of($"<li><span class=\"badge example\">Exempel</span> {n}</li>"))}</ul>
        <form method="post" action="/exempel">{AntiforgeryField.For(http)}<button type="submit">Läs in exemplen</button></form>
        </section>
        """);

    static Html Latest(DecisionPage latest) => Html.Of($"""
        <h2>Senast beslutat</h2>
        <ul>{latest.Hits.Select(h => Html.Of(
            $"<li><a href=\"{Parts.ParagraphUrl(h.Body.Id, h.MeetingDate, h.Paragraph)}\">{h.Body.Name} {h.MeetingDate} § {h.Paragraph}</a>: {h.Title}</li>"))}</ul>
        <p>Registret har {(latest.MoreThanTotal ? "fler än " : "")}{latest.Total} beslut. <a href="/beslut">Sök bland dem</a>.</p>
        """);

    static async Task<IResult> LoadExamples(HttpContext http, Importer importer, CancellationToken ct)
    {
        var load = await ExampleDocuments.LoadAsync(importer, CommandBus.RecordedBy(http), ct);
        return Layout.Page(http, "Exemplen är inlästa", Html.Of($"""
            <h1>Exemplen är inlästa</h1>
            <table>
            <caption class="muted">Vad varje exempeldokument lade till i registret</caption>
            <thead><tr><th scope="col">Dokument</th><th scope="col" class="number">Händelser</th><th scope="col" class="number">Sammanträden</th>
            <th scope="col" class="number">Beslut</th><th scope="col" class="number">Uppdrag</th><th scope="col" class="number">Återrapporteringar</th></tr></thead>
            <tbody>{load.Imported.Select(o => Html.Of(
                $"<tr><td><span class=\"badge example\">Exempel</span> {o.Source}</td><td class=\"number\">{o.Events}</td><td class=\"number\">{o.Meetings}</td><td class=\"number\">{o.Decisions}</td><td class=\"number\">{o.Assignments}</td><td class=\"number\">{o.ReportBacks}</td></tr>"))}</tbody>
            </table>
            {load.NeedDetails.Select(p => Html.Of($"""
                <section class="warnings" aria-label="Behöver kompletteras: {p.Source}">
                <h2>{p.Source} behöver kompletteras</h2>
                <p>Dokumentet är ett protokollsutdrag utan huvud: det anger inte vilket organ som beslutade, vilken dag eller vilken paragraf.
                Registret hittar inte på sådana uppgifter, så utdraget är inte inläst. Granska det och fyll i det som saknas.</p>
                <form method="post" action="/import/exempel">{AntiforgeryField.For(http)}<input type="hidden" name="namn" value="{p.Source}"><button type="submit">Granska och komplettera</button></form>
                </section>
                """))}
            <div class="actions"><a class="button" href="/beslut">Till beslutsregistret</a><a href="/arenden/HSN%2F570%2F2023">Ärende HSN/570/2023</a><a href="/forsenade">Försenade uppdrag</a></div>
            """));
    }
}
