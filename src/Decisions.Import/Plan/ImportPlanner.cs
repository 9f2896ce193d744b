using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Events;
using Decisions.Meetings;
using Decisions.Shared;
using DomainDue = Decisions.Assignments.Due;
using DomainDueKind = Decisions.Assignments.DueKind;
using DomainDecisionKind = Decisions.Decisions.DecisionKind;
using DomainDocumentKind = Decisions.Cases.DocumentKind;

namespace Decisions.Import;

/// <summary>
/// What a person supplies at import where the document is silent: the head of an extract without one, or the
/// case (Dnr) of a paragraph that names none, keyed by the paragraph's number as written.
/// </summary>
public sealed record ImportOverrides(
    string? Body = null, DateOnly? MeetingDate = null, string? Paragraph = null, IReadOnlyDictionary<string, string>? CaseNumbers = null)
{
    /// <summary>Who edited the preview before importing it; null when it is imported as the parser read it.</summary>
    public string? EditedBy { get; init; }

    /// <summary>The facts of the (edited) preview that person changed or added: "huvud", "narvaro", or the paragraph and assignment records themselves.</summary>
    public IReadOnlySet<object> Edited { get; init; } = new HashSet<object>();

    /// <summary>A fact the person changed is theirs: its provenance names them, the rest stays the parser's.</summary>
    public Provenance Mark(Provenance source, object fact) => EditedBy is not null && Edited.Contains(fact) ? source with { EditedBy = EditedBy } : source;

    public string? CaseNumberOf(ParagraphPreview p) =>
        p.CaseNumber ?? (CaseNumbers is not null && (p.Number ?? Paragraph) is { } n && CaseNumbers.TryGetValue(n, out var given) && !string.IsNullOrWhiteSpace(given)
            ? given.Trim()
            : null);

    /// <summary>
    /// The preview as it will be imported: a given organ and meeting date stand in for the document's, a report keeps
    /// its own date, and a paragraph without a number (an extract's) takes the given one. One rule for the import, the
    /// dry run and the preview page, so what a person checks is what is recorded.
    /// </summary>
    public DocumentPreview ApplyTo(DocumentPreview preview)
    {
        var report = preview.DocumentKind == DocumentKind.OfficialReport;
        return preview with
        {
            Body = Body ?? preview.Body,
            MeetingDate = report ? preview.MeetingDate : MeetingDate ?? preview.MeetingDate,
            DocumentDate = report ? preview.DocumentDate ?? MeetingDate : preview.DocumentDate,
            Paragraphs = preview.Paragraphs.Select(p => p with
            {
                Number = report ? p.Number : p.Number ?? Paragraph,
                CaseNumber = CaseNumberOf(p),
            }).ToList(),
        };
    }
}

/// <summary>The document cannot become facts as it stands; the message names the file, the line and what is missing.</summary>
public sealed class ImportRefused(string source, int? line, string message)
    : Exception($"{source}{(line is null ? "" : $", rad {line}")}: {message}")
{
    public string Document { get; } = source;
    public int? Line { get; } = line;
}

/// <summary>
/// Turns one document's preview into the ordered commands that record it, given what the register holds of the streams
/// it touches (<see cref="Touches"/>): a pure function, so what a document means for the register is decided and tested
/// without a database. A fact already recorded adds nothing; a fact that differs from what an earlier version of the
/// same protocol said becomes a correction (rättelse), never a duplicate. The host executes the plan in one transaction.
/// </summary>
/// <remarks>
/// The preview comes with the person's additions applied (<see cref="ImportOverrides.ApplyTo"/>); the overrides still
/// say which facts that person changed, so those are recorded as theirs.
/// </remarks>
public sealed class ImportPlanner(DocumentPreview preview, ImportOverrides overrides, PlannedRegister unit)
{
    string Correction => $"Rättad version av {preview.Source}";

    /// <summary>The commands that record the document (with the person's additions applied), and what could not be linked.</summary>
    public static ImportPlan Plan(DocumentPreview preview, ImportOverrides overrides, RegisterView register)
    {
        var planned = new PlannedRegister(register);
        var planner = new ImportPlanner(preview, overrides, planned);
        if (preview.DocumentKind == DocumentKind.OfficialReport) planner.ImportReport();
        else planner.ImportMinutes();
        return new ImportPlan(planned.Commands, [.. preview.Warnings, .. planner.Warnings]);
    }

    /// <summary>The streams whose states a plan reads: the document's body, meeting, decisions and assignments.</summary>
    public static IReadOnlyList<string> Touches(DocumentPreview preview)
    {
        if (preview.Body is not { } body) return [];
        var bodyId = StreamIds.Body(body);
        if (preview.DocumentKind == DocumentKind.OfficialReport || preview.MeetingDate is not { } date) return [bodyId];
        var meetingId = StreamIds.Meeting(bodyId, date);
        var decisions = preview.Paragraphs.Select(p => (p, Number: ParagraphNumber(p.Number))).Where(x => x.Number is not null)
            .Select(x => (x.p, Id: StreamIds.Decision(meetingId, x.Number!.Value))).ToList();
        return [bodyId, meetingId, .. decisions.Select(d => d.Id),
            .. decisions.SelectMany(d => Enumerable.Range(1, d.p.Assignments.Count).Select(i => StreamIds.Assignment(d.Id, i)))];
    }

    void ImportMinutes()
    {
        var bodyName = preview.Body
            ?? throw new ImportRefused(preview.Source, null, "protokollet anger inget organ (Organ); ange det vid importen");
        var date = preview.MeetingDate
            ?? throw new ImportRefused(preview.Source, null, "protokollet anger inget sammanträdesdatum (Tid); ange det vid importen");
        var bodyId = EnsureBody(bodyName, date);
        var meetingId = StreamIds.Meeting(bodyId, date);
        var source = new Provenance(preview.Source);

        var details = new MeetingDetails(date, preview.MeetingStart, preview.MeetingEnd, preview.Place);
        var meeting = unit.Load<MeetingState>(meetingId);
        var head = overrides.Mark(source, "huvud");
        if (meeting is null) Meeting(meetingId, new HoldMeeting(bodyId, details, head));
        else if (meeting.Details != details) Meeting(meetingId, new CorrectMeeting(meetingId, details, Correction, date));

        if (preview.Serving.Count > 0) RecordAttendance(meetingId, meeting, date, source);
        foreach (var paragraph in preview.Paragraphs) ImportParagraph(paragraph, bodyId, meetingId, date);
        if (preview.AdjustedOn is { } adjustedOn)
            Meeting(meetingId, new AdjustMinutes(meetingId, preview.AdjustedBy, adjustedOn, preview.AdjustLatest, head));
        if (preview.PostedOn is { } postedOn)
            Meeting(meetingId, new PostMinutes(meetingId, postedOn, preview.TakenDownOn, head));
    }

    void RecordAttendance(string meetingId, MeetingState? meeting, DateOnly date, Provenance source)
    {
        var attendance = new Attendance(
            [.. preview.Serving.Select(s => new Meetings.Attendee(s.Name, s.Party, s.Role, s.ServesFor))],
            [.. preview.PresentSubstitutes.Select(s => new Meetings.Attendee(s.Name, s.Party))],
            [.. preview.Others.Select(o => new Official(o.Name, o.Role, o.Paragraphs))]);
        if (meeting?.Attendance is null) Meeting(meetingId, new RecordAttendance(meetingId, attendance, overrides.Mark(source, "narvaro")));
        else if (!Decide.SameFacts(meeting.Attendance, attendance)) Meeting(meetingId, new CorrectAttendance(meetingId, attendance, Correction, date));
    }

    void ImportParagraph(ParagraphPreview p, string bodyId, string meetingId, DateOnly date)
    {
        var number = ParagraphNumber(p.Number)
            ?? throw new ImportRefused(preview.Source, p.FirstLine, "paragrafen saknar nummer (§); ange det vid importen");
        // The paragraph's own provenance for its assignments, which are marked one by one; the paragraph's as a whole.
        var parsed = new Provenance(preview.Source, p.Number, p.FirstLine, p.LastLine, p.Page);
        var source = overrides.Mark(parsed, p);
        var caseNumber = p.CaseNumber;

        var disqualified = p.Disqualified.Select(d => d.Name).ToList();
        Meeting(meetingId, new RecordParagraph(meetingId, new Paragraph(number, p.Title ?? $"§ {number}", caseNumber, disqualified), source));
        if (p.AdjustedImmediately) Meeting(meetingId, new AdjustParagraphImmediately(meetingId, number, source));

        var decisionId = StreamIds.Decision(meetingId, number);
        var kind = KindOf(p);
        ImportDecision(decisionId, new DecisionDetails(bodyId, date, number, p.Title ?? $"§ {number}", caseNumber, kind,
            [.. p.Decisions.Select(d => d.Text), .. p.Proposals.Select(x => x.Text)],
            [.. preview.Serving.Where(s => !disqualified.Contains(s.Name)).Select(s => new Participant(s.Name, s.Party, s.ServesFor))],
            [.. p.Motions.Select(m => new Motion(m.Party is null ? m.Name ?? "" : $"{m.Name} ({m.Party})", m.Text))],
            [.. p.Votes.Select(v => new Vote(v.Yes, v.No, v.Abstained))],
            [.. p.Reservations.Select(r => new Reservation([r.Name]))],
            disqualified, p.Notes), source, date);

        for (var i = 0; i < p.Assignments.Count; i++)
            ImportAssignment(decisionId, i + 1, p.Assignments[i], bodyId, caseNumber, date, parsed);

        var acceptedBy = kind == DomainDecisionKind.Decision ? decisionId : null;
        CiteEarlierDecisions(p, bodyId, date, decisionId, acceptedBy, source);
    }

    void ImportDecision(string decisionId, DecisionDetails details, Provenance source, DateOnly date)
    {
        var existing = unit.Load<DecisionState>(decisionId);
        if (existing is null)
            unit.Add(new TakeDecision(details, source));
        else
        {
            if (existing.Details.Kind != details.Kind || !existing.Details.Clauses.SequenceEqual(details.Clauses))
                unit.Add(new CorrectDecision(decisionId, details.Kind, details.Clauses, Correction, date));
            // A rättelse covers what was decided; other differences (who served, votes, notes) are left for a person to judge.
            if (!Decide.SameFacts(existing.RecordedDetails, details with { Kind = existing.RecordedDetails.Kind, Clauses = existing.RecordedDetails.Clauses }))
                Warnings.Add(new ParseWarning(source.FirstLine,
                    $"§ {details.Paragraph} skiljer sig från den tidigare importerade versionen i annat än beslutet (deltagare, omröstning, anteckningar); det rättas inte automatiskt"));
        }
    }

    void ImportAssignment(string decisionId, int index, AssignmentPreview a, string bodyId, string? caseNumber, DateOnly date, Provenance source)
    {
        var id = StreamIds.Assignment(decisionId, index);
        var assignee = a.Assignee ?? throw new ImportRefused(preview.Source, a.Line, "uppdraget anger ingen mottagare");
        var due = DueOf(a.Due, bodyId);
        var existing = unit.Load<AssignmentState>(id);
        if (existing is null)
        {
            unit.Add(new GiveAssignment(decisionId, index, bodyId, caseNumber, assignee, a.Task, due, date, overrides.Mark(source with { FirstLine = a.Line, LastLine = a.Line }, a)));
            // A decision marked confidential before this version of its protocol came in covers what the new version gives.
            if (unit.Load<DecisionState>(decisionId) is { Confidential: true } decision)
                unit.Add(new MarkAssignmentConfidential(id, decision.SecrecyReason, date));
            return;
        }
        // The document states a due in words; since then the register may have learnt which meeting they meant, or the
        // time may have been extended. Neither is the document's to undo, so it is compared with the due as stated.
        var stated = existing.StatedDue.Kind == Assignments.DueKind.Meeting ? existing.StatedDue with { Date = null } : existing.StatedDue;
        if (existing.Assignee != assignee || existing.Task != a.Task || stated != due)
            unit.Add(new CorrectAssignment(id, assignee, a.Task, stated == due ? existing.Due : due, Correction, date));
    }

    void CiteEarlierDecisions(ParagraphPreview p, string bodyId, DateOnly on, string at, string? acceptedBy, Provenance source)
    {
        var summary = p.Title ?? preview.Title ?? "";
        // A partial report's reason is what the body said of it in the paragraph, else the paragraph's title.
        var said = string.Join(" ", p.Decisions.Select(d => d.Text.Trim()).Where(t => t.Length > 0));
        var reason = new[] { said, summary }.FirstOrDefault(r => r.Length > 0 && r.Length <= Inputs.MaxLength("Reason")) ?? "Protokollet anger inget skäl";
        foreach (var report in p.ReportsBack)
            if (Cited(report.RefersTo, report.Line) is { } cited)
                unit.Add(new CiteReportBack(cited,
                    report.Completes
                        ? new ReportBack(on, at, ReportCompleteness.Complete, summary)
                        : new ReportBack(on, at, ReportCompleteness.Partial, summary, reason),
                    report.Completes ? acceptedBy : null, source with { FirstLine = report.Line, LastLine = report.Line }));
        foreach (var change in p.DeadlineChanges)
            if (Cited(change.RefersTo, change.Line) is { } cited)
            {
                var due = DueOf(change.NewDue, bodyId);
                unit.Add(new CiteDeadlineChange(cited,
                    due, "Förlängd tid", acceptedBy, on, source with { FirstLine = change.Line, LastLine = change.Line }));
            }
    }

    /// <summary>A citation needs body, date and § to name the decision; the document's own body stands in when the sentence names none.</summary>
    string? Cited(DecisionReference reference, int line)
    {
        var body = reference.Body ?? preview.Body;
        if (body is null || reference.Date is not { } date || ParagraphNumber(reference.Paragraph) is not { } paragraph)
        {
            Warnings.Add(new ParseWarning(line, "hänvisningen saknar organ, datum eller paragraf och kunde inte kopplas till ett beslut"));
            return null;
        }
        return StreamIds.Decision(StreamIds.Meeting(StreamIds.Body(body), date), paragraph);
    }

    public List<ParseWarning> Warnings { get; } = [];

    void ImportReport()
    {
        var caseNumber = preview.CaseNumber
            ?? throw new ImportRefused(preview.Source, null, "skrivelsen anger inget diarienummer (Dnr)");
        var date = preview.DocumentDate ?? preview.MeetingDate
            ?? throw new ImportRefused(preview.Source, null, "skrivelsen anger inget datum");
        var source = new Provenance(preview.Source);
        var title = preview.Title ?? caseNumber;

        var bodyName = preview.Body;
        var bodyId = bodyName is null ? null : EnsureBody(bodyName, date);
        // A föredragnings-PM names the meeting that will handle it: that meeting is then known to be scheduled.
        if (bodyId is not null && preview.MeetingDate is { } meetingDate)
            unit.Add(new ScheduleMeeting(bodyId, meetingDate, date, source));

        var proposals = preview.Paragraphs.SelectMany(p => p.Proposals).Select(p => new Proposal(p.Text,
            [.. p.Assignments.Select(a => new ProposedAssignment(a.Assignee ?? "", a.Task, a.Due.Text))])).ToList();
        unit.Add(new FileDocument(caseNumber, new DocumentDetails(DomainDocumentKind.OfficialReport, date, title, null, proposals, []), source, OpensCase: true));

        var documentId = StreamIds.Document(caseNumber, DomainDocumentKind.OfficialReport, date);
        foreach (var p in preview.Paragraphs)
            CiteEarlierDecisions(p, bodyId ?? "", date, documentId, acceptedBy: null, source);
    }

    string EnsureBody(string name, DateOnly knownOn)
    {
        var bodyId = StreamIds.Body(name);
        if (unit.Load<BodyState>(bodyId) is null)
            unit.Add(new RegisterBody(name, BodyNames.KindOf(name), BodyNames.ParentOf(name), knownOn, new Provenance(preview.Source)));
        return bodyId;
    }

    void Meeting(string meetingId, object command) => unit.Add(command);

    /// <summary>
    /// "Till nämndens nästa sammanträde" in a committee's minutes means the meeting of the body it works under;
    /// otherwise a meeting due is the giving body's own.
    /// </summary>
    DomainDue DueOf(DuePreview due, string givingBodyId)
    {
        var text = due.Text ?? "";
        return due.Kind switch
        {
            DueKind.Date when due.Date is { } date => DomainDue.OnDate(date, text),
            // A report that names no body cannot say whose meeting is meant; the words are kept, undated.
            DueKind.Meeting when givingBodyId == "" => DomainDue.Unspecified(text),
            DueKind.Meeting => MeetingDue(due, givingBodyId, text),
            DueKind.Month when due.Latest is { } latest => DomainDue.InMonth(latest.Year, latest.Month, text),
            DueKind.Period => DomainDue.Period(text, due.Latest),
            DueKind.Recurring => DomainDue.Recurring(text),
            _ => DomainDue.Unspecified(text),
        };
    }

    DomainDue MeetingDue(DuePreview due, string givingBodyId, string text)
    {
        var giving = unit.Load<BodyState>(givingBodyId);
        var namesParent = text.Contains("nämnd", StringComparison.OrdinalIgnoreCase) || text.Contains("styrelse", StringComparison.OrdinalIgnoreCase)
                          || text.Contains("fullmäktige", StringComparison.OrdinalIgnoreCase);
        var bodyId = namesParent && giving?.ParentBodyId is { } parent ? parent : givingBodyId;
        return due.Latest is { } latest
            ? new DomainDue(DomainDueKind.Meeting, text, Latest: latest, BodyId: bodyId, Year: latest.Year, Month: latest.Month)
            : DomainDue.NextMeeting(bodyId, text);
    }

    static DomainDecisionKind KindOf(ParagraphPreview p)
    {
        var kinds = p.Decisions.Select(d => d.Kind).ToList();
        if (kinds.Contains(DecisionKind.Decision)) return DomainDecisionKind.Decision;
        if (p.Proposals.Count > 0) return DomainDecisionKind.ProposalToOtherBody;
        if (kinds.Contains(DecisionKind.SentBack)) return DomainDecisionKind.SentBack;
        if (kinds.Contains(DecisionKind.Postponed)) return DomainDecisionKind.Postponed;
        return DomainDecisionKind.Noted;
    }

    /// <summary>"64/20" is § 64 of 2020; the number before the year is the paragraph.</summary>
    static int? ParagraphNumber(string? number) =>
        number is not null && int.TryParse(number.Split('/')[0].Trim(), out var n) && n >= 1 ? n : null;
}
