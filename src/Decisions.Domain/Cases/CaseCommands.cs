using Decisions.Events;

namespace Decisions.Cases;

public sealed record OpenCase(string CaseNumber, string Title, DateOnly OpenedOn, Provenance? Source = null);

public sealed record FileDocument(string CaseNumber, DocumentDetails Document, Provenance? Source = null);

public sealed record RecordDecisionInCase(string CaseNumber, string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate, Provenance? Source = null);
