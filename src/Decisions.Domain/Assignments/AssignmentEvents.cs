using Decisions.Events;

namespace Decisions.Assignments;

public enum ReportCompleteness { Partial, Complete }

/// <param name="At">The meeting id or document id where the report was given.</param>
public sealed record ReportBack(DateOnly On, string At, ReportCompleteness Completeness, string Summary);

/// <param name="Assignee">A role or body ("Regiondirektören", "förvaltningen"), rarely a person.</param>
public sealed record AssignmentGiven(
    string AssignmentId, string DecisionId, string GivingBodyId, string? CaseNumber,
    string Assignee, string Task, Due Due, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <param name="OccurredOn">When the meeting date became known.</param>
public sealed record DueResolved(string AssignmentId, string MeetingId, DateOnly Date, DateOnly OccurredOn) : IDomainEvent;

/// <summary>Förlängd tid; usually by a decision of the giving body.</summary>
public sealed record DeadlineChanged(
    string AssignmentId, Due Due, string Reason, string? DecisionId, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record ReportBackReceived(string AssignmentId, ReportBack Report, Provenance? Source = null) : IDomainEvent
{
    public DateOnly OccurredOn => Report.On;
}

/// <summary>"godkänner redovisningen", "uppdraget är därmed slutfört".</summary>
public sealed record AssignmentClosed(string AssignmentId, string AcceptingDecisionId, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record AssignmentWithdrawn(
    string AssignmentId, string Reason, string? DecisionId, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

/// <summary>Two assignments "hålls samman": the other one carries on, this one stops.</summary>
public sealed record AssignmentMerged(
    string AssignmentId, string IntoAssignmentId, string Reason, DateOnly OccurredOn, Provenance? Source = null) : IDomainEvent;

public sealed record AssignmentCorrected(
    string AssignmentId, string Assignee, string Task, Due Due, string Reason, DateOnly OccurredOn) : ICorrection;

/// <param name="Reason">The secrecy ground, e.g. the OSL provision.</param>
public sealed record AssignmentMarkedConfidential(string AssignmentId, string Reason, DateOnly OccurredOn) : IDomainEvent;
