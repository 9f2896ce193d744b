using Decisions.Import;
using Decisions.Shared;
using DomainAttendance = Decisions.Meetings.Attendance;
using DomainAttendee = Decisions.Meetings.Attendee;
using DomainOfficial = Decisions.Meetings.Official;

namespace Decisions.Web.Forms;

/// <summary>
/// The import preview as a form: every fact the parser found (head, närvaro, paragraphs, their decisions and
/// assignments) can be changed, ticked "ta bort", or added in an empty row, without script. What is imported is the
/// edited preview; the facts that differ from what the parser read are named, so their provenance is the person's.
/// </summary>
public static class PreviewEditor
{
    public const string Head = "huvud";
    public const string Attendance = "narvaro";

    static readonly (string, string)[] DecisionColumns = [("text", "Beslutstext"), ("slag", "Slag")];
    static readonly (string, string)[] AssignmentColumns = [("mottagare", "Uppdragstagare"), ("uppgift", "Uppdrag"), ("datum", "Förfaller (datum)"), ("tid", "Förfaller (som det står)")];

    static readonly IReadOnlyDictionary<string, IReadOnlyList<(string, string)>> Kinds = new Dictionary<string, IReadOnlyList<(string, string)>>
    {
        ["slag"] = [(nameof(DecisionKind.Decision), "Beslut"), (nameof(DecisionKind.Noted), "Noteras"), (nameof(DecisionKind.SentBack), "Återremiss"),
            (nameof(DecisionKind.Postponed), "Bordläggning"), (nameof(DecisionKind.Proposal), "Förslag")],
    };

    /// <summary>The head's inputs; a value the person typed is shown again when the page is re-shown.</summary>
    public static Html HeadFields(DocumentPreview p, IFormCollection? posted, IReadOnlyDictionary<string, string[]> errors, bool isReport) => Html.Of($"""
        <div class="controls">
        {Input("organ", "Organ", p.Body, posted, errors, hint: p.Body is null ? "saknas i dokumentet – ange beslutande organ" : null, required: p.Body is null && !isReport)}
        {Input("datum", isReport ? "Sammanträdesdatum (om känt)" : "Sammanträdesdatum", Iso(p.MeetingDate), posted, errors, "date", p.MeetingDate is null && !isReport ? "saknas i dokumentet" : null, p.MeetingDate is null && !isReport)}
        {Html.When(!isReport, Html.Of($"""
            {Input("start", "Starttid", Time(p.MeetingStart), posted, errors, "time")}
            {Input("slut", "Sluttid", Time(p.MeetingEnd), posted, errors, "time")}
            {Input("plats", "Plats", p.Place, posted, errors)}
            {Input("justerare", "Justerare", string.Join(", ", p.AdjustedBy), posted, errors, hint: "namn åtskilda med komma")}
            {Input("justerat", "Justerat den", Iso(p.AdjustedOn), posted, errors, "date")}
            {Input("anslaget", "Anslaget den", Iso(p.PostedOn), posted, errors, "date")}
            {Input("nedtaget", "Anslaget tas ned den", Iso(p.TakenDownOn), posted, errors, "date")}
            """))}
        </div>
        """);

    public static Html AttendanceFields(DocumentPreview p, IFormCollection? posted) => AttendanceRows.Render(AttendanceOf(p), posted);

    /// <summary>One section per paragraph, then an empty one to add a paragraph the parser missed.</summary>
    public static Html Paragraphs(DocumentPreview p, IFormCollection? posted, IReadOnlyDictionary<string, string[]> errors, bool isReport)
    {
        var count = posted is not null && int.TryParse(posted["stycken-antal"], out var n) ? n : p.Paragraphs.Count + (isReport ? 0 : 1);
        return Html.Of($"""
            {Enumerable.Range(0, count).Select(i => Paragraph(i < p.Paragraphs.Count ? p.Paragraphs[i] : null, i, posted, errors, isReport))}
            <input type="hidden" name="stycken-antal" value="{count}">
            """);
    }

    static Html Paragraph(ParagraphPreview? x, int i, IFormCollection? posted, IReadOnlyDictionary<string, string[]> errors, bool isReport)
    {
        var added = x is null;
        return Html.Of($"""
            <section class="paragraph" aria-labelledby="stycke-{i}">
            <h3 id="stycke-{i}">{(added ? "Ny paragraf" : $"{(x!.Number is null ? "" : $"§ {x.Number} ")}{x.Title ?? "(ingen rubrik)"}")}{Html.When(!added && x!.Number is null && !isReport, Missing)}</h3>
            {(added ? Html.Of($"<p class=\"hint\">Fyll i för att lägga till en paragraf som inte lästes ut.</p>") : Html.Empty)}
            {Html.When(!isReport, Html.Of($"""
                <div class="controls">
                {Input($"s{i}-nummer", added ? "Ny paragraf: nummer" : "Paragraf (§)", x?.Number, posted, errors, hint: !added && x!.Number is null ? "saknas i dokumentet – paragrafens nummer" : null, required: !added && x!.Number is null)}
                {Input($"s{i}-rubrik", added ? "Ny paragraf: rubrik" : "Rubrik", x?.Title, posted, errors)}
                {Input($"dnr-{i}", added ? "Ny paragraf: Dnr" : "Ärende (Dnr)", x?.CaseNumber, posted, errors, hint: !added && x!.CaseNumber is null ? "paragrafen anger inget diarienummer – fyll i om du vet det" : null)}
                {(added ? Html.Empty : Html.Of($"<div class=\"field\"><label><input type=\"checkbox\" name=\"s{i}-bort\"{Html.When(posted?[$"s{i}-bort"].Count > 0, Html.Of($" checked"))}> Ta bort paragrafen</label></div>"))}
                </div>
                {Rows.Table($"s{i}-beslut", added ? "Ny paragraf: beslut" : "Beslut", DecisionColumns, (x?.Decisions ?? []).Select(d => (IReadOnlyList<string?>)[d.Text, d.Kind.ToString()]), posted, Kinds)}
                {Rows.Table($"s{i}-uppdrag", added ? "Ny paragraf: uppdrag" : "Uppdrag", AssignmentColumns, (x?.Assignments ?? []).Select(a => (IReadOnlyList<string?>)[a.Assignee, a.Task, Iso(a.Due.Date), a.Due.Text]), posted)}
                """))}
            {(x is { Proposals.Count: > 0 } ? Html.Of($"<p><strong>Förslag till beslut:</strong></p><ul>{x.Proposals.Select(d => Html.Of($"<li>{(d.To is null ? "" : $"Till {d.To}: ")}{d.Text}</li>"))}</ul>") : Html.Empty)}
            {(x is { ReportsBack.Count: > 0 } ? Html.Of($"<p><strong>Återrapporterar om:</strong></p><ul>{x.ReportsBack.Select(r => Html.Of($"<li>{r.RefersTo.Body ?? "samma organ"} {r.RefersTo.Date} § {r.RefersTo.Paragraph} ({(r.Completes ? "slutlig" : "delrapport")})</li>"))}</ul>") : Html.Empty)}
            </section>
            """);
    }

    /// <summary>The preview as the person left it, and which of its facts are theirs rather than the parser's.</summary>
    public static (DocumentPreview Preview, IReadOnlySet<object> Edited) Apply(FormReader form, DocumentPreview parsed)
    {
        // A confirmation that does not carry the preview's fields (a client that only says "importera") imports it as read.
        if (!form.Values.ContainsKey("stycken-antal")) return (parsed, new HashSet<object>());
        var edited = new HashSet<object>();
        var isReport = parsed.DocumentKind == DocumentKind.OfficialReport;
        var head = parsed with { Body = form.Text("organ"), MeetingDate = form.Date("datum") };
        if (!isReport)
        {
            head = head with
            {
                MeetingStart = form.Time("start"), MeetingEnd = form.Time("slut"), Place = form.Text("plats"),
                AdjustedBy = [.. (form.Text("justerare") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                AdjustedOn = form.Date("justerat"), PostedOn = form.Date("anslaget"), TakenDownOn = form.Date("nedtaget"),
            };
            var attendance = AttendanceRows.Read(form);
            if (!Decide.SameFacts(attendance, AttendanceOf(parsed))) edited.Add(Attendance);
            head = head with
            {
                Serving = [.. attendance.Serving.Select(s => new ServingMember(s.Name, s.Party, s.ServesFor, s.Role))],
                PresentSubstitutes = [.. attendance.PresentSubstitutes.Select(s => new Attendee(s.Name, s.Party))],
                Others = [.. attendance.Officials.Select(o => new OtherAttendee(o.Name, o.Role, o.Paragraphs))],
            };
        }
        if (!Decide.SameFacts(HeadFacts(head), HeadFacts(parsed))) edited.Add(Head);

        var count = int.TryParse(form.Values["stycken-antal"], out var n) ? Math.Clamp(n, 0, 1000) : parsed.Paragraphs.Count;
        var paragraphs = new List<ParagraphPreview>();
        for (var i = 0; i < count; i++)
        {
            var original = i < parsed.Paragraphs.Count ? parsed.Paragraphs[i] : null;
            if (form.Checked($"s{i}-bort")) continue;
            if (isReport) { if (original is not null) paragraphs.Add(original with { CaseNumber = form.Text($"dnr-{i}") ?? original.CaseNumber }); continue; }
            var decisions = Rows.Read(form.Values, $"s{i}-beslut", DecisionColumns).Select(r => new DecisionPreview(r.Values[0] ?? "",
                Enum.TryParse<DecisionKind>(r.Values[1], out var kind) ? kind : DecisionKind.Decision,
                original is not null && r.Row < original.Decisions.Count ? original.Decisions[r.Row].Line : original?.FirstLine ?? 0)).ToList();
            var assignments = Rows.Read(form.Values, $"s{i}-uppdrag", AssignmentColumns)
                .Select(r => Assignment(form, $"s{i}-uppdrag", r.Row, r.Values, original is not null && r.Row < original.Assignments.Count ? original.Assignments[r.Row] : null, original?.FirstLine ?? 0, edited))
                .ToList();
            var (number, title, caseNumber) = (form.Text($"s{i}-nummer"), form.Text($"s{i}-rubrik"), form.Text($"dnr-{i}"));
            if (original is null && number is null && title is null && caseNumber is null && decisions.Count == 0 && assignments.Count == 0) continue;
            var paragraph = (original ?? new ParagraphPreview()) with { Number = number, Title = title, CaseNumber = caseNumber, Decisions = decisions, Assignments = assignments };
            // A paragraph is the person's when what it says (number, title, case, decisions) is not what the parser read.
            if (original is null || !Decide.SameFacts(ParagraphFacts(paragraph), ParagraphFacts(original))) edited.Add(paragraph);
            paragraphs.Add(paragraph);
        }
        form.ThrowIfInvalid();
        return (head with { Paragraphs = paragraphs }, edited);
    }

    static AssignmentPreview Assignment(FormReader form, string prefix, int row, IReadOnlyList<string?> v, AssignmentPreview? original, int line, HashSet<object> edited)
    {
        var date = form.Date(Rows.Name(prefix, row, "datum"));
        var text = v[3];
        var due = original is not null && date == original.Due.Date && text == original.Due.Text ? original.Due
            : date is { } d ? new DuePreview(DueKind.Date, d, text ?? $"senast {Parts.Iso(d)}", d)
            : new DuePreview(DueKind.None, null, text, null);
        if (v[1] is null) form.Fail(Rows.Name(prefix, row, "uppgift"), "måste fyllas i");
        var assignment = new AssignmentPreview(v[0], v[1] ?? "", due, original?.Line ?? line);
        if (original is null || !Decide.SameFacts(assignment, original)) edited.Add(assignment);
        return original is not null && Decide.SameFacts(assignment, original) ? original : assignment;
    }

    static object HeadFacts(DocumentPreview p) => new { p.Body, p.MeetingDate, p.MeetingStart, p.MeetingEnd, p.Place, p.AdjustedBy, p.AdjustedOn, p.PostedOn, p.TakenDownOn };

    static object ParagraphFacts(ParagraphPreview p) => new { p.Number, p.Title, p.CaseNumber, p.Decisions };

    static DomainAttendance AttendanceOf(DocumentPreview p) => new(
        [.. p.Serving.Select(s => new DomainAttendee(s.Name, s.Party, s.Role, s.ServesFor))],
        [.. p.PresentSubstitutes.Select(s => new DomainAttendee(s.Name, s.Party))],
        [.. p.Others.Select(o => new DomainOfficial(o.Name, o.Role, o.Paragraphs))]);

    static readonly Html Missing = Html.Of($" <span class=\"badge example\">saknas i dokumentet</span>");

    static Html Input(string name, string label, string? value, IFormCollection? posted, IReadOnlyDictionary<string, string[]> errors,
        string type = "text", string? hint = null, bool required = false)
    {
        var messages = errors.GetValueOrDefault(name) ?? [];
        var shown = posted is null ? value : posted[name].ToString();
        return Html.Of($"""
            <div class="field"><label for="{name}">{label}</label>{(hint is null ? Html.Empty : Html.Of($"<span class=\"hint\" id=\"{name}-hint\">{hint}</span>"))}<input id="{name}" name="{name}" type="{type}" value="{shown}"{Html.When(hint is not null || messages.Length > 0, Html.Of($" aria-describedby=\"{(hint is null ? "" : $"{name}-hint ")}{(messages.Length == 0 ? "" : $"{name}-fel")}\""))}{Html.When(messages.Length > 0, Html.Of($" aria-invalid=\"true\""))}{Html.When(required, Html.Of($" required"))}>{(messages.Length == 0 ? Html.Empty : Html.Of($"<p class=\"field-error\" id=\"{name}-fel\">{string.Join(" ", messages)}</p>"))}</div>
            """);
    }

    static string? Iso(DateOnly? date) => date is { } d ? Parts.Iso(d) : null;

    static string? Time(TimeOnly? time) => time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
