using Decisions.Commands;
using Decisions.Import;
using Decisions.Shared;
using Decisions.Web.Forms;

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
        web.MapPost("/import/forhandsgranska", PreviewUpload).RequireAuthorization(Accounts.Policies.Record);
        web.MapPost("/import/exempel", PreviewExample).RequireAuthorization(Accounts.Policies.Record);
        web.MapPost("/import/bekrafta", Confirm).RequireAuthorization(Accounts.Policies.Record);
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

    /// <summary>The upload form again, saying the document was too large (the limit is checked before the form is read).</summary>
    public static IResult TooLarge(HttpContext http) =>
        UploadForm(http, Error($"Dokumentet är för stort. Ett dokument får vara högst {DocumentText.MaxPdfBytes / (1024 * 1024)} MB (en textfil {DocumentText.MaxTextBytes / (1024 * 1024)} MB). Inget har sparats."),
            StatusCodes.Status413PayloadTooLarge);

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
            preview = Importer.Preview(bytes, name, http.RequestAborted);
        }
        catch (DocumentRejected rejected)
        {
            return UploadForm(http, Error($"Dokumentet kan inte läsas: {rejected.Message}"),
                rejected.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        return uploads.Keep(bytes, name, Organisations.CurrentOrganisation.Of(http)) is { } token
            ? PreviewPage(http, token, preview, null, null, null, preview.Refusal is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest)
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
        if (uploads.Find(token, Organisations.CurrentOrganisation.Of(http)) is not { } upload)
            return UploadForm(http, Error("Förhandsgranskningen har gått ut eller finns inte längre. Ladda upp dokumentet igen."), StatusCodes.Status410Gone);

        var parsed = Importer.Preview(upload.Bytes, upload.Name, http.RequestAborted);
        if (parsed.Refusal is not null) return PreviewPage(http, token, parsed, null, null, null, StatusCodes.Status400BadRequest);
        DocumentPreview preview;
        ImportOverrides overrides;
        try
        {
            var user = CommandBus.RecordedBy(http);
            (preview, var edited) = PreviewEditor.Apply(new FormReader(form), parsed);
            overrides = new ImportOverrides { EditedBy = user, Edited = edited };
        }
        catch (ValidationFailed invalid)
        {
            return PreviewPage(http, token, parsed, form, invalid.Errors, Error("Uppgifterna kan inte importeras som de står. Rätta de markerade fälten."), StatusCodes.Status400BadRequest);
        }
        try
        {
            var outcome = await importer.Import(preview, overrides, overrides.EditedBy!, http.RequestAborted);
            uploads.Forget(token);
            return Imported(http, preview, overrides, outcome);
        }
        catch (ImportRefused refused)
        {
            return PreviewPage(http, token, parsed, form, null, Error($"Dokumentet kan inte importeras som det är: {refused.Message}"), StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            // Another import (a second tab, a double click) wrote the same streams first; nothing of this one was written.
            return PreviewPage(http, token, parsed, form, null, Error("Registret ändrades under tiden av en annan import. Försök igen."), StatusCodes.Status409Conflict);
        }
    }

    static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Protocol => "Protokoll",
        DocumentKind.Extract => "Protokollsutdrag",
        _ => "Tjänsteskrivelse eller föredragnings-PM",
    };

    static Html Error(string message) => Html.Of($"<div class=\"error\" role=\"alert\"><p>{message}</p></div>");

    /// <summary>The preview as a form; <paramref name="posted"/> re-shows what the person had typed, with <paramref name="errors"/> by field.</summary>
    static IResult PreviewPage(HttpContext http, string token, DocumentPreview p, IFormCollection? posted, IReadOnlyDictionary<string, string[]>? errors,
        Html? error, int status = StatusCodes.Status200OK)
    {
        var isReport = p.DocumentKind == DocumentKind.OfficialReport;
        errors ??= new Dictionary<string, string[]>();
        if (p.Refusal is not null)
            return Layout.Page(http, $"Granska {p.Source}", Html.Of($"""
                <h1>Granska {p.Source}</h1>
                <div class="error" role="alert"><p>Dokumentet kan inte importeras: {p.Refusal}</p></div>
                <p>Inget har lagts till i registret. <a href="/import">Importera ett annat dokument</a>.</p>
                """), status);
        var unplaced = errors.Where(e => !e.Key.Contains('-') && e.Key is not ("organ" or "datum" or "start" or "slut" or "plats" or "justerare" or "justerat" or "anslaget" or "nedtaget")).ToList();
        return Layout.Page(http, $"Granska {p.Source}", Html.Of($"""
            <h1>Granska {p.Source}</h1>
            {error ?? Html.Empty}
            {Html.When(unplaced.Count > 0, Html.Of($"<div class=\"error\" role=\"alert\"><ul>{unplaced.Select(e => Html.Of($"<li>{e.Key}: {string.Join(", ", e.Value)}</li>"))}</ul></div>"))}
            <p class="lead">{KindName(p.DocumentKind)}. Kontrollera det registret har läst ut: ändra det som är fel, kryssa i "ta bort" för det som inte hör dit,
            fyll i tomma rader för det som saknas, och bekräfta. Det du ändrar registreras som ditt; resten som inläst ur dokumentet. Dokumentet ändras inte.</p>
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
            {PreviewEditor.HeadFields(p, posted, errors, isReport)}
            <dl class="facts">
            {Html.When(p.CaseNumber is not null, Html.Of($"<dt>Diarienummer</dt><dd>{p.CaseNumber}</dd>"))}
            {Html.When(p.DocumentDate is not null, Html.Of($"<dt>Dokumentets datum</dt><dd>{p.DocumentDate}</dd>"))}
            {Html.When(p.AppealEndsOn is not null, Html.Of($"<dt>Överklagandetiden slutar</dt><dd>{p.AppealEndsOn}</dd>"))}
            </dl>
            {Html.When(!isReport, Html.Of($"<h2>Närvaro</h2>{PreviewEditor.AttendanceFields(p, posted)}"))}
            <h2>{(isReport ? "Innehåll" : "Paragrafer")}</h2>
            {PreviewEditor.Paragraphs(p, posted, errors, isReport)}
            <div class="actions">
            <button type="submit" name="atgard" value="importera">Importera</button>
            <button type="submit" name="atgard" value="avbryt" class="secondary" formnovalidate>Avbryt</button>
            </div>
            </form>
            """), status);
    }

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
