using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Decisions;

public sealed record TakeDecision(DecisionDetails Details, Provenance? Source = null)
{
    /// <summary>The held meeting the decision was taken at; it must be in the register first.</summary>
    [JsonIgnore] public string MeetingId => StreamIds.Meeting(Details?.BodyId ?? "", Details?.Date ?? default);

    [JsonIgnore] public string DecisionId => StreamIds.Decision(MeetingId, Details?.Paragraph ?? 0);
}

public sealed record CorrectDecision(string DecisionId, DecisionKind Kind, IReadOnlyList<string> Clauses, string Reason, DateOnly CorrectedOn);

public sealed record MarkDecisionConfidential(string DecisionId, string Reason, DateOnly MarkedOn);
