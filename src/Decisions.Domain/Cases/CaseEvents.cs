using Decisions.Events;

namespace Decisions.Cases;

/// <summary>Tjänsteskrivelse/föredragnings-PM, PM, protocol, or an extract (protokollsutdrag).</summary>
public enum DocumentKind { OfficialReport, Pm, Protocol, Extract }

/// <summary>An assignment a document proposes; it is not given until a body decides it.</summary>
public sealed record ProposedAssignment(string Assignee, string Task, string? DueText);

/// <summary>One "förslag till beslut": NOT a decision of the body holding the document.</summary>
public sealed record Proposal(string Text, IReadOnlyList<ProposedAssignment> ProposedAssignments);

/// <param name="Recipients">"Utdrag till"/"Skickas till".</param>
public sealed record DocumentDetails(
    DocumentKind Kind, DateOnly Date, string Title, string? Author, IReadOnlyList<Proposal> Proposals, IReadOnlyList<string> Recipients);

public sealed record CaseOpened(string CaseId, string CaseNumber, string Title, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record DocumentFiled(string CaseId, string DocumentId, DocumentDetails Document, Provenance? Source = null) : IDomainEvent
{
    public DateOnly OccurredOn => Document.Date;
}

/// <param name="Title">The §'s title, which may become the case's (see <see cref="CaseState"/>); null in events recorded before it was kept.</param>
public sealed record DecisionRecordedInCase(
    string CaseId, string DecisionId, string BodyId, int Paragraph, DateOnly OccurredOn, Provenance? Source = null, string? Title = null) : IDomainEvent;
