using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Assignments;

public enum ReportCompleteness { Partial, Complete }

/// <param name="At">The meeting id or document id where the report was given.</param>
/// <param name="Reason">Why a partial report leaves the assignment open; required of one (events stored before it was asked for have none).</param>
/// <param name="Progress">How much of the task the assignee says is done, 0–100 %, when they say.</param>
public sealed record ReportBack(DateOnly On, string At, ReportCompleteness Completeness, string Summary, string? Reason = null, int? Progress = null)
{
    /// <summary>
    /// The same report is the one given on the same day, at the same place, with the same summary: a document read
    /// again, or a citation of a report stored before reasons were kept, is that report even when it words its reason
    /// otherwise, so it is not a second one.
    /// </summary>
    public bool IsSameReport(ReportBack other) =>
        On == other.On && At == other.At && Completeness == other.Completeness && Summary == other.Summary;

    /// <summary>What a report must say whoever gives it: a person, or the importer with the paragraph's own words.</summary>
    internal Validation Validate(Validation v, string field) =>
        v.Required(At, $"{field}.At")
         .Check(Completeness != ReportCompleteness.Partial || !string.IsNullOrWhiteSpace(Reason), $"{field}.Reason",
             "måste anges: skälet till att uppdraget fortsätter efter en delrapport")
         .Check(Progress is null or (>= 0 and <= 100), $"{field}.Progress", "måste vara en andel mellan 0 och 100 (procent)");
}

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
