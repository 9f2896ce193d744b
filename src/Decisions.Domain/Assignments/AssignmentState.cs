namespace Decisions.Assignments;

public enum AssignmentStatus { Given, PartlyReported, Reported, Closed, Withdrawn, Merged }

/// <summary>A deadline moved on <paramref name="On"/>, for the stated <paramref name="Reason"/>.</summary>
public sealed record Extension(DateOnly On, string Reason);

public static class AssignmentStatuses
{
    /// <summary>The one definition of "finished": closed by a decision, withdrawn or merged into another; nothing more happens to it.</summary>
    public static readonly AssignmentStatus[] Finished = [AssignmentStatus.Closed, AssignmentStatus.Withdrawn, AssignmentStatus.Merged];

    /// <summary>Still to be followed up: every status that is not finished (a complete report still awaits its closing decision).</summary>
    public static readonly AssignmentStatus[] Open = [.. Enum.GetValues<AssignmentStatus>().Except(Finished)];

    public static bool IsFinished(this AssignmentStatus status) => Finished.Contains(status);
}

/// <param name="Given">As first recorded; a re-import is compared with it, so it cannot undo later changes.</param>
/// <param name="Due">The due that applies now: as stated, then resolved to a meeting, extended or corrected.</param>
/// <param name="StatedDue">The due as the giving decision states it (corrections included); what a re-imported protocol is compared with.</param>
/// <param name="Extended">The latest förlängd tid and why; null if the time was never extended (and in states stored before it was kept).</param>
public sealed partial record AssignmentState(
    string Id, AssignmentGiven Given, string Assignee, string Task, Due Due, Due StatedDue, AssignmentStatus Status,
    IReadOnlyList<ReportBack> ReportBacks, string? ClosedBy, string? MergedInto, bool Confidential, Extension? Extended = null)
{
    public static AssignmentState Start(AssignmentGiven e) =>
        new(e.AssignmentId, e, e.Assignee, e.Task, e.Due, e.Due, AssignmentStatus.Given, [], null, null, false);

    public AssignmentState Evolve(DueResolved e) => this with { Due = Due with { Date = e.Date } };

    public AssignmentState Evolve(DeadlineChanged e) => this with { Due = e.Due, Extended = new(e.OccurredOn, e.Reason) };

    /// <summary>A partial report after a complete one does not reopen the assignment.</summary>
    public AssignmentState Evolve(ReportBackReceived e) => this with
    {
        ReportBacks = [.. ReportBacks.Append(e.Report).OrderBy(r => r.On).ThenBy(r => r.At, StringComparer.Ordinal)],
        Status = e.Report.Completeness == ReportCompleteness.Complete || Status == AssignmentStatus.Reported
            ? AssignmentStatus.Reported
            : AssignmentStatus.PartlyReported,
    };

    public AssignmentState Evolve(AssignmentClosed e) => this with { Status = AssignmentStatus.Closed, ClosedBy = e.AcceptingDecisionId };

    public AssignmentState Evolve(AssignmentWithdrawn _) => this with { Status = AssignmentStatus.Withdrawn };

    public AssignmentState Evolve(AssignmentMerged e) => this with { Status = AssignmentStatus.Merged, MergedInto = e.IntoAssignmentId };

    public AssignmentState Evolve(AssignmentCorrected e) => this with { Assignee = e.Assignee, Task = e.Task, Due = e.Due, StatedDue = e.Due };

    public AssignmentState Evolve(AssignmentMarkedConfidential _) => this with { Confidential = true };
}
