using Decisions.Decisions;
using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Assignments;

public static class AssignmentDecider
{
    /// <param name="decision">
    /// The giving decision as the register has it: sekretess on it covers what it gives, from the first event on, so no
    /// public view ever shows the assignment.
    /// </param>
    public static IReadOnlyList<object> Decide(AssignmentState? state, GiveAssignment cmd, DecisionState? decision = null)
    {
        var v = Validation.For(cmd)
            .Required(cmd.DecisionId, nameof(cmd.DecisionId))
            .Required(cmd.GivingBodyId, nameof(cmd.GivingBodyId))
            .Check(cmd.ClauseIndex >= 1, nameof(cmd.ClauseIndex), "att-satserna numreras från 1");
        ValidateTerms(v, cmd.Assignee, cmd.Task, cmd.Due).ThrowIfInvalid();

        var given = new AssignmentGiven(StreamIds.Assignment(cmd.DecisionId, cmd.ClauseIndex), cmd.DecisionId, cmd.GivingBodyId,
            cmd.CaseNumber, cmd.Assignee.Trim(), cmd.Task.Trim(), cmd.Due, cmd.GivenOn, cmd.Source);
        if (state is null)
            return decision is { Confidential: true }
                ? Emit(given, new AssignmentMarkedConfidential(given.AssignmentId, decision.SecrecyReason, cmd.GivenOn))
                : Emit(given);
        return AlreadyRecorded(state.Given with { Source = null }, given with { Source = null }, $"Uppdraget {state.Id}");
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, ResolveDue cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        Validation.For(cmd).ThrowIfInvalid();
        return assignment.Due.IsResolvedBy(assignment.Given.OccurredOn, cmd.BodyId, cmd.MeetingDate)
            ? Emit(new DueResolved(assignment.Id, StreamIds.Meeting(cmd.BodyId, cmd.MeetingDate), cmd.MeetingDate, cmd.KnownOn))
            : Nothing;
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, ChangeDeadline cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        var v = Validation.For(cmd).Check(!string.IsNullOrWhiteSpace(cmd.Reason), nameof(cmd.Reason), "måste anges: skälet till att uppdraget får ny tid");
        cmd.Due.Validate(v, nameof(cmd.Due)).ThrowIfInvalid();
        RefuseIfFinished(assignment, "få ny tid");
        return cmd.Due == assignment.Due
            ? Nothing
            : Emit(new DeadlineChanged(assignment.Id, cmd.Due, cmd.Reason, cmd.DecisionId, cmd.ChangedOn, cmd.Source));
    }

    /// <summary>
    /// A partial report leaves the assignment open, and the body following it up is owed the reason: whoever reports,
    /// a person or the importer (which gives the paragraph's own words). A report already recorded is not recorded
    /// again; one that repeats it with another reason or share is refused rather than dropped without a word.
    /// </summary>
    public static IReadOnlyList<object> Decide(AssignmentState? state, ReceiveReportBack cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        var report = cmd.Report;
        report.Validate(Validation.For(cmd), "Report")
            .Check(report.On >= assignment.Given.OccurredOn, "Report.On", "är före dagen uppdraget gavs")
            .ThrowIfInvalid();
        RefuseIfFinished(assignment, "ta emot en återrapportering");
        if (assignment.ReportBacks.FirstOrDefault(r => r.IsSameReport(report)) is not { } recorded)
            return Emit(new ReportBackReceived(assignment.Id, report, cmd.Source));
        // A document read again, or a citation kept before reasons were, words the same report its own way.
        return recorded == report || cmd.Source is not null
            ? Nothing
            : throw Refuse($"Återrapporteringen {report.On:yyyy-MM-dd} vid {report.At} är redan registrerad med ett annat skäl eller en annan andel klart.");
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, CloseAssignment cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        Validation.For(cmd).Required(cmd.AcceptingDecisionId, nameof(cmd.AcceptingDecisionId)).ThrowIfInvalid();
        if (assignment.Status == AssignmentStatus.Closed)
            return assignment.ClosedBy == cmd.AcceptingDecisionId
                ? Nothing
                : throw Refuse($"Uppdraget {assignment.Id} är redan avslutat genom {assignment.ClosedBy}.");
        RefuseIfFinished(assignment, "avslutas");
        if (assignment.ReportBacks.Count == 0)
            throw Refuse($"Uppdraget {assignment.Id} kan inte avslutas utan en återrapportering.");
        return Emit(new AssignmentClosed(assignment.Id, cmd.AcceptingDecisionId, cmd.ClosedOn, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, WithdrawAssignment cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        Validation.For(cmd).Required(cmd.Reason, nameof(cmd.Reason)).ThrowIfInvalid();
        if (assignment.Status == AssignmentStatus.Withdrawn) return Nothing;
        RefuseIfFinished(assignment, "återkallas");
        return Emit(new AssignmentWithdrawn(assignment.Id, cmd.Reason, cmd.DecisionId, cmd.WithdrawnOn, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, MergeAssignment cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        Validation.For(cmd)
            .Required(cmd.IntoAssignmentId, nameof(cmd.IntoAssignmentId))
            .Check(cmd.IntoAssignmentId != cmd.AssignmentId, nameof(cmd.IntoAssignmentId), "ett uppdrag kan inte slås samman med sig självt")
            .Required(cmd.Reason, nameof(cmd.Reason))
            .ThrowIfInvalid();
        if (assignment.Status == AssignmentStatus.Merged && assignment.MergedInto == cmd.IntoAssignmentId) return Nothing;
        RefuseIfFinished(assignment, "slås samman");
        return Emit(new AssignmentMerged(assignment.Id, cmd.IntoAssignmentId, cmd.Reason, cmd.MergedOn, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, CorrectAssignment cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        RequireCorrection(ValidateTerms(Validation.For(cmd), cmd.Assignee, cmd.Task, cmd.Due), cmd.Reason, cmd.Assignee != assignment.Assignee || cmd.Task != assignment.Task || cmd.Due != assignment.Due);
        return Emit(new AssignmentCorrected(assignment.Id, cmd.Assignee, cmd.Task, cmd.Due, cmd.Reason, cmd.CorrectedOn));
    }

    public static IReadOnlyList<object> Decide(AssignmentState? state, MarkAssignmentConfidential cmd)
    {
        var assignment = Existing(state, "Assignment", cmd.AssignmentId);
        Validation.For(cmd).Required(cmd.Reason, nameof(cmd.Reason)).ThrowIfInvalid();
        return assignment.Confidential ? Nothing : Emit(new AssignmentMarkedConfidential(assignment.Id, cmd.Reason, cmd.MarkedOn));
    }

    static Validation ValidateTerms(Validation v, string assignee, string task, Due due) =>
        due.Validate(v.Required(assignee, "Assignee").Required(task, "Task"), "Due");

    static void RefuseIfFinished(AssignmentState assignment, string what)
    {
        var why = assignment.Status switch
        {
            AssignmentStatus.Closed => "avslutat",
            AssignmentStatus.Withdrawn => "återkallat",
            AssignmentStatus.Merged => $"sammanslaget med {assignment.MergedInto}",
            _ => null,
        };
        if (why is not null) throw Refuse($"Uppdraget {assignment.Id} är {why} och kan inte {what}.");
    }
}
