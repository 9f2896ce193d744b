namespace Decisions.Cases;

public sealed record FiledDocument(string DocumentId, DocumentDetails Details);

public sealed record CaseDecision(string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate);

/// <summary>Documents and decisions are kept in the order they happened, not the order they reached the register.</summary>
public sealed partial record CaseState(
    string Id, string CaseNumber, string Title, IReadOnlyList<FiledDocument> Documents, IReadOnlyList<CaseDecision> Decisions)
{
    public static CaseState Start(CaseOpened e) => new(e.CaseId, e.CaseNumber, e.Title, [], []);

    public CaseState Evolve(DocumentFiled e) => this with { Documents = [.. Documents.Append(new FiledDocument(e.DocumentId, e.Document)).OrderBy(d => d.Details.Date).ThenBy(d => d.DocumentId, StringComparer.Ordinal)] };

    public CaseState Evolve(DecisionRecordedInCase e) =>
        this with { Decisions = [.. Decisions.Append(new CaseDecision(e.DecisionId, e.BodyId, e.Paragraph, e.OccurredOn)).OrderBy(d => d.MeetingDate).ThenBy(d => d.DecisionId, StringComparer.Ordinal)] };
}
