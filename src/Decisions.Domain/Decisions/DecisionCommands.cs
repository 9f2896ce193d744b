using Decisions.Events;

namespace Decisions.Decisions;

public sealed record TakeDecision(DecisionDetails Details, Provenance? Source = null);

public sealed record CorrectDecision(string DecisionId, DecisionKind Kind, IReadOnlyList<string> Clauses, string Reason, DateOnly CorrectedOn);

public sealed record MarkDecisionConfidential(string DecisionId, string Reason, DateOnly MarkedOn);
