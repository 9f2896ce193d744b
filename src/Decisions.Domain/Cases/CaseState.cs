namespace Decisions.Cases;

public sealed record FiledDocument(string DocumentId, DocumentDetails Details);

public sealed record CaseDecision(string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate);

/// <summary>Documents and decisions are kept in the order they happened, not the order they reached the register.</summary>
public sealed partial record CaseState(
    string Id, string CaseNumber, string Title, DateOnly OpenedOn, IReadOnlyList<FiledDocument> Documents, IReadOnlyList<CaseDecision> Decisions)
{
    public static CaseState Start(CaseOpened e) => new(e.CaseId, e.CaseNumber, e.Title, e.OccurredOn, [], []);

    /// <summary>
    /// How the case stood on a business date, without a replay: each event of a case's stream leaves its own date in
    /// the state (the opening, a document's date, a decision's meeting date) and none is a correction, so the case on
    /// a day is this one without what came later, and before its opening there was none.
    /// </summary>
    public CaseState? On(DateOnly day) => OpenedOn > day
        ? null
        : this with { Documents = [.. Documents.Where(d => d.Details.Date <= day)], Decisions = [.. Decisions.Where(d => d.MeetingDate <= day)] };

    public CaseState Evolve(DocumentFiled e) => this with { Documents = [.. Documents.Append(new FiledDocument(e.DocumentId, e.Document)).OrderBy(d => d.Details.Date).ThenBy(d => d.DocumentId, StringComparer.Ordinal)] };

    public CaseState Evolve(DecisionRecordedInCase e) =>
        this with { Decisions = [.. Decisions.Append(new CaseDecision(e.DecisionId, e.BodyId, e.Paragraph, e.OccurredOn)).OrderBy(d => d.MeetingDate).ThenBy(d => d.DecisionId, StringComparer.Ordinal)] };
}
