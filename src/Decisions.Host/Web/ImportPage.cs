using Decisions.Commands;
using Decisions.Import;
using Decisions.Shared;

namespace Decisions.Web;

/// <summary>
/// Import a document in three steps: upload (text or PDF), check the preview and supply what the document lacks
/// (organ, date and § of an extract, the Dnr of a paragraph that names none), then confirm or cancel. Between the
/// steps the server keeps the uploaded bytes (<see cref="UploadStore"/>); the form carries only a token and the
/// person's own additions.
/// </summary>
public static class ImportPage
{
    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/import", (HttpContext http, string? avbruten) => UploadForm(http, avbruten is null ? null : Html.Of($"<p class=\"notice\" role=\"status\">Importen avbröts. Inget lades till i registret.</p>"))).RequireAuthorization(Accounts.Policies.Record);
        web.MapPost("/import/forhandsgranska", PreviewUpload);
        web.MapPost("/import/exempel", PreviewExample);
        web.MapPost("/import/bekrafta", Confirm);
    }

    static IResult UploadForm(HttpContext http, Html? message = null, int status = StatusCodes.Status200OK) => Layout.Page(http, "Importera", Html.Of($"""
        <h1>Importera ett dokument</h1>
        {message ?? Html.Empty}
        <p class="lead">Ladda upp ett protokoll, ett protokollsutdrag, en tjänsteskrivelse eller ett föredragnings-PM som text eller PDF.
        Du får först se vad registret läser ut ur dokumentet; inget sparas förrän du bekräftar.</p>
        <form method="post" action="/import/forhandsgranska" enctype="multipart/form-data">
        {AntiforgeryField.For(http)}
        <div class="field"><label for="dokument">Dokument</label><span class="hint" id="dokument-hint">.txt eller .pdf</span>
        <input id="dokument" name="dokument" type="file" accept=".txt,.pdf,text/plain,application/pdf" aria-describedby="dokument-hint" required></div>
        <p><button type="submit">Förhandsgranska</button></p>
        </form>
        """), status);

    static async Task<IResult> PreviewUpload(HttpContext http, UploadStore uploads)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.Count == 0) return UploadForm(http, Error("Välj ett dokument att ladda upp."), StatusCodes.Status400BadRequest);
        var (bytes, name) = await ImportEndpoints.ReadUpload(http.Request, null);
        return Preview(http, uploads, bytes, name);
    }

    static async Task<IResult> PreviewExample(HttpContext http, UploadStore uploads)
    {
        var name = (await http.Request.ReadFormAsync(http.RequestAborted))["namn"].ToString();
        return ExampleDocuments.Exists(name)
            ? Preview(http, uploads, ExampleDocuments.Bytes(name), name)
            : UploadForm(http, Error($"Det finns inget exempeldokument som heter {name}."), StatusCodes.Status404NotFound);
    }

    static IResult Preview(HttpContext http, UploadStore uploads, byte[] bytes, string name)
    {
        DocumentPreview preview;
        try
        {
            preview = Importer.Preview(bytes, name);
        }
        catch (DocumentRejected rejected)
        {
            return UploadForm(http, Error($"Dokumentet kan inte läsas: {rejected.Message}"), StatusCodes.Status400BadRequest);
        }
        return uploads.Keep(bytes, name) is { } token
            ? PreviewPage(http, token, preview, new ImportOverrides(), null)
            : UploadForm(http, Error("Servern har många uppladdningar att hålla reda på just nu. Försök igen om en stund."), StatusCodes.Status503ServiceUnavailable);
    }

    static async Task<IResult> Confirm(HttpContext http, UploadStore uploads, Importer importer)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var token = form["token"].ToString();
        if (form["atgard"] == "avbryt")
        {
            uploads.Forget(token);
            return Results.Redirect("/import?avbruten=1");
        }
        if (uploads.Find(token) is not { } upload)
            return UploadForm(http, Error("Förhandsgranskningen har gått ut eller finns inte längre. Ladda upp dokumentet igen."), StatusCodes.Status410Gone);

        var preview = Importer.Preview(upload.Bytes, upload.Name);
        ImportOverrides overrides;
        try
        {
            overrides = Overrides(form, preview);
        }
        catch (ValidationFailed invalid)
        {
            return PreviewPage(http, token, preview, new ImportOverrides(), Error(string.Join(" ", invalid.Errors.SelectMany(e => e.Value))), StatusCodes.Status400BadRequest);
        }
        try
        {
            var outcome = await importer.Import(preview, overrides, HttpCommands.Context(http, null).User, http.RequestAborted);
            uploads.Forget(token);
            return Imported(http, preview, overrides, outcome);
        }
        catch (ImportRefused refused)
        {
            return PreviewPage(http, token, preview, overrides, Error($"Dokumentet kan inte importeras som det är: {refused.Message}"), StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            // Another import (a second tab, a double click) wrote the same streams first; nothing of this one was written.
            return PreviewPage(http, token, preview, overrides, Error("Registret ändrades under tiden av en annan import. Försök igen."), StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Only what the person typed counts as an addition; a field left as the document had it adds nothing.</summary>
    static ImportOverrides Overrides(IFormCollection form, DocumentPreview preview)
    {
        var body = Given(form["organ"]);
        var paragraph = Given(form["paragraf"]);
        var caseNumbers = new Dictionary<string, string>();
        for (var i = 0; i < preview.Paragraphs.Count; i++)
            if (Given(form[$"dnr-{i}"]) is { } dnr && (preview.Paragraphs[i].Number ?? paragraph) is { } number)
                caseNumbers[number] = dnr;
        return new ImportOverrides(
            body == preview.Body ? null : body,
            Parts.Date(form["datum"], "Datum") is { } date && date != preview.MeetingDate ? date : null,
            paragraph, caseNumbers);
    }

    static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Protocol => "Protokoll",
        DocumentKind.Extract => "Protokollsutdrag",
        _ => "Tjänsteskrivelse eller föredragnings-PM",
    };

    static string? Iso(DateOnly? date) => date is { } d ? Parts.Iso(d) : null;

    static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static Html Error(string message) => Html.Of($"<div class=\"error\" role=\"alert\"><p>{message}</p></div>");

    static readonly Html Missing = Html.Of($" <span class=\"badge example\">saknas i dokumentet</span>");

    static IResult PreviewPage(HttpContext http, string token, DocumentPreview p, ImportOverrides given, Html? error, int status = StatusCodes.Status200OK)
    {
        var isReport = p.DocumentKind == DocumentKind.OfficialReport;
        var lacksNumber = p.Paragraphs.Any(x => x.Number is null) && !isReport;
        return Layout.Page(http, $"Granska {p.Source}", Html.Of($"""
            <h1>Granska {p.Source}</h1>
            {error ?? Html.Empty}
            <p class="lead">{KindName(p.DocumentKind)}. Kontrollera det registret har läst ut, fyll i det som saknas och bekräfta.
            Uppgifter du fyller i gäller bara den här importen; dokumentet ändras inte.</p>
            {Html.When(p.Warnings.Count > 0, Html.Of($"""
                <section class="warnings" aria-labelledby="varningar">
                <h2 id="varningar">Att kontrollera ({p.Warnings.Count})</h2>
                <ul>{p.Warnings.Select(w => Html.Of($"<li>{(w.Line is { } line ? $"Rad {line}: " : "")}{w.Message}</li>"))}</ul>
                </section>
                """))}
            <form method="post" action="/import/bekrafta">
            {AntiforgeryField.For(http)}
            <input type="hidden" name="token" value="{token}">
            <h2>Dokumentets huvud</h2>
            <div class="controls">
            {Parts.Field("organ", "Organ", given.Body ?? p.Body, hint: p.Body is null ? "saknas i dokumentet – ange beslutande organ" : null, required: p.Body is null && !isReport)}
            {Parts.Field("datum", isReport ? "Sammanträdesdatum (om känt)" : "Sammanträdesdatum", Iso(given.MeetingDate ?? p.MeetingDate), "date", p.MeetingDate is null && !isReport ? "saknas i dokumentet" : null, required: p.MeetingDate is null && !isReport)}
            {Html.When(lacksNumber, Parts.Field("paragraf", "Paragraf (§)", given.Paragraph, hint: "saknas i dokumentet – paragrafens nummer", required: true))}
            </div>
            <dl class="facts">
            {Html.When(p.CaseNumber is not null, Html.Of($"<dt>Diarienummer</dt><dd>{p.CaseNumber}</dd>"))}
            {Html.When(p.DocumentDate is not null, Html.Of($"<dt>Dokumentets datum</dt><dd>{p.DocumentDate}</dd>"))}
            {Html.When(p.Place is not null, Html.Of($"<dt>Plats</dt><dd>{p.Place}</dd>"))}
            {Html.When(p.AdjustedOn is not null, Html.Of($"<dt>Justerat</dt><dd>{p.AdjustedOn}{(p.AdjustedBy.Count == 0 ? "" : $" av {string.Join(", ", p.AdjustedBy)}")}</dd>"))}
            {Html.When(p.PostedOn is not null, Html.Of($"<dt>Anslaget</dt><dd>{p.PostedOn}</dd>"))}
            {Html.When(p.AppealEndsOn is not null, Html.Of($"<dt>Överklagandetiden slutar</dt><dd>{p.AppealEndsOn}</dd>"))}
            {Html.When(p.Serving.Count > 0, Html.Of($"<dt>Tjänstgörande</dt><dd>{string.Join(", ", p.Serving.Select(s => s.ServesFor is null ? s.Name : $"{s.Name} (ersätter {s.ServesFor})"))}</dd>"))}
            </dl>
            <h2>{(isReport ? "Innehåll" : "Paragrafer")}</h2>
            {p.Paragraphs.Select((x, i) => Paragraph(x, i, given, isReport))}
            <div class="actions">
            <button type="submit" name="atgard" value="importera">Importera</button>
            <button type="submit" name="atgard" value="avbryt" class="secondary" formnovalidate>Avbryt</button>
            </div>
            </form>
            """), status);
    }

    static Html Paragraph(ParagraphPreview x, int index, ImportOverrides given, bool isReport) => Html.Of($"""
        <section class="paragraph" aria-labelledby="stycke-{index}">
        <h3 id="stycke-{index}">{(x.Number is null ? "" : $"§ {x.Number} ")}{x.Title ?? "(ingen rubrik)"}{Html.When(x.Number is null && !isReport, Missing)}</h3>
        {(x.CaseNumber is not null ? Html.Of($"<p class=\"meta\">Ärende (Dnr): {x.CaseNumber}</p>")
            : isReport ? Html.Empty
            : Parts.Field($"dnr-{index}", "Ärende (Dnr)", x.Number is { } n ? given.CaseNumbers?.GetValueOrDefault(n) : null, hint: "paragrafen anger inget diarienummer – fyll i om du vet det"))}
        {Html.When(x.Decisions.Count > 0, Html.Of($"<p><strong>Beslut:</strong></p><ul>{x.Decisions.Select(d => Html.Of($"<li>{d.Text}</li>"))}</ul>"))}
        {Html.When(x.Proposals.Count > 0, Html.Of($"<p><strong>Förslag till beslut:</strong></p><ul>{x.Proposals.Select(d => Html.Of($"<li>{(d.To is null ? "" : $"Till {d.To}: ")}{d.Text}</li>"))}</ul>"))}
        {Html.When(x.Assignments.Count > 0, Html.Of($"<p><strong>Uppdrag:</strong></p><ul>{x.Assignments.Select(a => Html.Of($"<li>{a.Assignee ?? "(ingen mottagare)"}: {a.Task} <span class=\"meta\">({a.Due.Text ?? "ingen tid angiven"})</span></li>"))}</ul>"))}
        {Html.When(x.ReportsBack.Count > 0, Html.Of($"<p><strong>Återrapporterar om:</strong></p><ul>{x.ReportsBack.Select(r => Html.Of($"<li>{r.RefersTo.Body ?? "samma organ"} {r.RefersTo.Date} § {r.RefersTo.Paragraph} ({(r.Completes ? "slutlig" : "delrapport")})</li>"))}</ul>"))}
        </section>
        """);

    static IResult Imported(HttpContext http, DocumentPreview p, ImportOverrides given, ImportOutcome outcome)
    {
        var cases = p.Paragraphs.Select(given.CaseNumberOf).Append(p.CaseNumber).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        var meeting = (given.Body ?? p.Body, given.MeetingDate ?? p.MeetingDate) is ({ } body, { } date) && p.DocumentKind != DocumentKind.OfficialReport
            ? StreamIds.Meeting(StreamIds.Body(body), date) : null;
        return Layout.Page(http, "Importerat", Html.Of($"""
            <h1>{p.Source} är importerat</h1>
            <p class="notice" role="status">{(outcome.Events == 0 ? "Dokumentet var redan inläst; inget nytt lades till." : $"{outcome.Events} händelser lades till: {outcome.Meetings} sammanträden, {outcome.Decisions} beslut, {outcome.Assignments} uppdrag och {outcome.ReportBacks} återrapporteringar.")}</p>
            {Html.When(outcome.Warnings.Count > 0, Html.Of($"<section class=\"warnings\" aria-label=\"Att kontrollera\"><ul>{outcome.Warnings.Select(w => Html.Of($"<li>{(w.Line is { } line ? $"Rad {line}: " : "")}{w.Message}</li>"))}</ul></section>"))}
            <ul>
            {Html.When(meeting is not null, Html.Of($"<li><a href=\"{Parts.MeetingUrl(meeting ?? "")}\">Sammanträdet</a></li>"))}
            {cases.Select(c => Html.Of($"<li>Ärende <a href=\"{Parts.CaseUrl(c)}\">{c}</a></li>"))}
            </ul>
            <div class="actions"><a class="button" href="/import">Importera ett dokument till</a><a href="/beslut">Till beslutsregistret</a></div>
            """));
    }
}
