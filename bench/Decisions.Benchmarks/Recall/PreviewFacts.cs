using System.Globalization;
using Decisions.Import;
using ClauseKind = Decisions.Import.DecisionKind;

namespace Decisions.Benchmarks.Recall;

/// <summary>
/// What the parser found, as facts of the same keys a facts file writes: one per clause, proposal, vote, person …; head
/// facts only when the preview holds a value. A refused document is only its refusal: nothing read from it counts.
/// </summary>
public static class PreviewFacts
{
    public static IReadOnlyList<Fact> From(DocumentPreview preview)
    {
        var facts = new List<Fact>();
        void Add(string key, string origin, params string?[] fields) =>
            facts.Add(new Fact(FactKey.Named(key), fields.Select(f => f?.Trim() ?? "").ToList(), origin));

        if (preview.Refusal is not null)
        {
            Add("kind", "refusal: " + preview.Refusal, FactKey.NotAProtocol);
            return facts;
        }

        const string head = "head";
        Add("kind", head, Kind(preview.DocumentKind));
        if (preview.Body is { } body) Add("body", head, body);
        var date = preview.DocumentKind == DocumentKind.OfficialReport ? preview.DocumentDate ?? preview.MeetingDate : preview.MeetingDate;
        if (date is { } d) Add("date", head, Date(d));
        if (preview.MeetingStart is { } start) Add("start", head, Time(start));
        if (preview.MeetingEnd is { } end) Add("end", head, Time(end));
        if (preview.Place is { } place) Add("place", head, place);
        foreach (var adjuster in preview.AdjustedBy) Add("adjuster", head, adjuster);
        if (preview.AdjustLatest is { } latest) Add("adjust-latest", head, Date(latest));
        if (preview.AdjustedOn is { } adjusted) Add("adjusted", head, Date(adjusted));
        if (preview.PostedOn is { } posted) Add("posted", head, Date(posted));
        if (preview.TakenDownOn is { } down) Add("taken-down", head, Date(down));

        const string attendance = "attendance";
        foreach (var s in preview.Serving) Add("serving", attendance, s.Name, s.Party, s.ServesFor, s.Role);
        foreach (var s in preview.PresentSubstitutes) Add("substitute", attendance, s.Name, s.Party);
        foreach (var o in preview.Others) Add("other", attendance, o.Name, o.Role, o.Paragraphs is null ? "" : string.Join(", ", o.Paragraphs));

        foreach (var p in preview.Paragraphs)
        {
            var n = p.Number ?? "";
            var at = p.Number is null ? $"line {p.FirstLine}" : $"§ {p.Number}";
            // A report is one undivided matter without a number; its title and case number are still a paragraph fact.
            if (p.Number is not null || p.Title is not null || p.CaseNumber is not null) Add("paragraph", at, n, p.Title, p.CaseNumber);
            foreach (var c in p.Decisions)
            {
                if (c.Kind == ClauseKind.Proposal) Add("proposal", $"{at}, line {c.Line}", n, null, c.Text);
                else Add("decision", $"{at}, line {c.Line}", n, DecisionKind(c.Kind), c.Text);
            }
            foreach (var q in p.Proposals) Add("proposal", $"{at}, line {q.Line}", n, q.To, q.Text);
            foreach (var v in p.Votes) Add("vote", $"{at}, line {v.Line}", n, Count(v.Yes), Count(v.No), Count(v.Abstained));
            foreach (var r in p.Reservations) Add("reservation", at, n, r.Name, r.Party);
            foreach (var j in p.Disqualified) Add("disqualified", at, n, j.Name, j.Party);
            foreach (var note in p.Notes) Add("note", at, n, note);
            foreach (var m in p.Motions) Add("motion", $"{at}, line {m.Line}", n, m.Name, m.Party);
            if (p.ReportStatus is { } status) Add("report-status", at, n, Completion(status == ReportStatus.Complete));
            // An assignment inside a proposal to another body is part of that proposal (README), so only the paragraph's own count.
            foreach (var a in p.Assignments) Add("assignment", $"{at}, line {a.Line}", n, a.Assignee, a.Task, Due(a.Due));
            foreach (var r in p.ReportsBack)
                Add("report-back", $"{at}, line {r.Line}", n, r.RefersTo.Date is { } cd ? Date(cd) : null, r.RefersTo.Paragraph, r.RefersTo.CaseNumber, Completion(r.Completes));
            foreach (var c in p.DeadlineChanges)
                Add("deadline-change", $"{at}, line {c.Line}", n, c.RefersTo.Date is { } cd ? Date(cd) : null, c.RefersTo.Paragraph, c.RefersTo.CaseNumber, Due(c.NewDue));
        }
        return facts;
    }

    static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.Protocol => "protokoll",
        DocumentKind.Extract => "utdrag",
        DocumentKind.OfficialReport => "skrivelse",
        _ => kind.ToString(),
    };

    static string DecisionKind(ClauseKind kind) => kind switch
    {
        ClauseKind.Noted => "noterat",
        ClauseKind.SentBack => "återremiss",
        ClauseKind.Postponed => "bordlagt",
        _ => "beslut",
    };

    static string Completion(bool complete) => complete ? "complete" : "partial";

    /// <summary>The kind, and the day that bounds it: the named date, else the last day the words can mean.</summary>
    public static string Due(DuePreview due)
    {
        var kind = due.Kind.ToString().ToLowerInvariant();
        return (due.Date ?? due.Latest) is { } bound ? $"{kind} {Date(bound)}" : kind;
    }

    static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
    static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
