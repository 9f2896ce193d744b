namespace Decisions.Cases;

public sealed record FiledDocument(string DocumentId, DocumentDetails Details);

public sealed record CaseDecision(string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate);

public sealed partial record CaseState(
    string Id, string CaseNumber, string Title, IReadOnlyList<FiledDocument> Documents, IReadOnlyList<CaseDecision> Decisions)
{
    public static CaseState Start(CaseOpened e) => new(e.CaseId, e.CaseNumber, e.Title, [], []);

    public CaseState Evolve(DocumentFiled e) => this with { Documents = [.. Documents, new FiledDocument(e.DocumentId, e.Document)] };

    public CaseState Evolve(DecisionRecordedInCase e) =>
        this with { Decisions = [.. Decisions, new CaseDecision(e.DecisionId, e.BodyId, e.Paragraph, e.OccurredOn)] };
}
