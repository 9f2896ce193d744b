namespace Decisions.Assignments;

public enum AssignmentStatus { Given, PartlyReported, Reported, Closed, Withdrawn, Merged }

/// <param name="Given">As first recorded; a re-import is compared with it, so it cannot undo later changes.</param>
public sealed partial record AssignmentState(
    string Id, AssignmentGiven Given, string Assignee, string Task, Due Due, AssignmentStatus Status,
    IReadOnlyList<ReportBack> ReportBacks, string? ClosedBy, string? MergedInto, bool Confidential)
{
    public static AssignmentState Create(AssignmentGiven e) =>
        new(e.AssignmentId, e, e.Assignee, e.Task, e.Due, AssignmentStatus.Given, [], null, null, false);

    public AssignmentState Apply(DueResolved e) => this with { Due = Due with { Date = e.Date } };

    public AssignmentState Apply(DeadlineChanged e) => this with { Due = e.Due };

    /// <summary>A partial report after a complete one does not reopen the assignment.</summary>
    public AssignmentState Apply(ReportBackReceived e) => this with
    {
        ReportBacks = [.. ReportBacks, e.Report],
        Status = e.Report.Completeness == ReportCompleteness.Complete || Status == AssignmentStatus.Reported
            ? AssignmentStatus.Reported
            : AssignmentStatus.PartlyReported,
    };

    public AssignmentState Apply(AssignmentClosed e) => this with { Status = AssignmentStatus.Closed, ClosedBy = e.AcceptingDecisionId };

    public AssignmentState Apply(AssignmentWithdrawn _) => this with { Status = AssignmentStatus.Withdrawn };

    public AssignmentState Apply(AssignmentMerged e) => this with { Status = AssignmentStatus.Merged, MergedInto = e.IntoAssignmentId };

    public AssignmentState Apply(AssignmentCorrected e) => this with { Assignee = e.Assignee, Task = e.Task, Due = e.Due };

    public AssignmentState Apply(AssignmentMarkedConfidential _) => this with { Confidential = true };
}
