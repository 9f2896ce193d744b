using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Assignments;

/// <param name="ClauseIndex">1-based clause of the decision that gives the assignment.</param>
public sealed record GiveAssignment(
    string DecisionId, int ClauseIndex, string GivingBodyId, string? CaseNumber,
    string Assignee, string Task, Due Due, DateOnly GivenOn, Provenance? Source = null)
{
    /// <summary>The stream the assignment will have; a clause number below 1 is the decider's to refuse, so it is not refused here.</summary>
    [JsonIgnore] public string AssignmentId => StreamIds.Assignment(DecisionId ?? "", Math.Max(ClauseIndex, 1));
}

/// <summary>Sent for every meeting of a body that becomes known; it is a no-op unless it is the meeting meant.</summary>
public sealed record ResolveDue(string AssignmentId, string BodyId, DateOnly MeetingDate, DateOnly KnownOn);

public sealed record ChangeDeadline(string AssignmentId, Due Due, string Reason, string? DecisionId, DateOnly ChangedOn, Provenance? Source = null);

public sealed record ReceiveReportBack(string AssignmentId, ReportBack Report, Provenance? Source = null);

public sealed record CloseAssignment(string AssignmentId, string AcceptingDecisionId, DateOnly ClosedOn, Provenance? Source = null);

public sealed record WithdrawAssignment(string AssignmentId, string Reason, string? DecisionId, DateOnly WithdrawnOn, Provenance? Source = null);

public sealed record MergeAssignment(string AssignmentId, string IntoAssignmentId, string Reason, DateOnly MergedOn, Provenance? Source = null);

public sealed record CorrectAssignment(string AssignmentId, string Assignee, string Task, Due Due, string Reason, DateOnly CorrectedOn);

public sealed record MarkAssignmentConfidential(string AssignmentId, string Reason, DateOnly MarkedOn);
