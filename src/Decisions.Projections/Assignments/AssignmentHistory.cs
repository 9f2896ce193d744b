using Decisions.Assignments;
using Decisions.History;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Decisions.Assignments;

/// <summary>
/// An assignment's current state and its history, with the few facts the overdue report needs to rule
/// out, in SQL, the assignments that cannot be overdue on a given day (see <see cref="OverdueReport"/>).
/// </summary>
/// <param name="FinishedOn">The earliest business date on which it stopped being owed: a complete report-back, closing, withdrawal or merger.</param>
/// <param name="EarliestDue">The earliest effective due any of its events named; it cannot be overdue on a day not after it.</param>
public sealed record AssignmentHistory(
    string Id, AssignmentState State, string GivingBodyId, string Assignee, AssignmentStatus Status, bool Confidential,
    DateOnly GivenOn, DateOnly? FinishedOn, DateOnly? EarliestDue, IReadOnlyList<LogEntry> Entries)
{
    public static AssignmentHistory Next(AssignmentHistory? history, AssignmentState state, IEvent e) =>
        new(state.Id, state, state.Given.GivingBodyId, state.Assignee, state.Status, state.Confidential, state.Given.OccurredOn,
            Earliest(history?.FinishedOn, FinishedBy(e.Data)), Earliest(history?.EarliestDue, DueNamedBy(e.Data)),
            [.. history?.Entries ?? [], LogEntry.Of(e)]);

    static DateOnly? FinishedBy(object data) => data switch
    {
        ReportBackReceived { Report.Completeness: ReportCompleteness.Complete } r => r.OccurredOn,
        AssignmentClosed or AssignmentWithdrawn or AssignmentMerged => ((Events.IDomainEvent)data).OccurredOn,
        _ => null,
    };

    static DateOnly? DueNamedBy(object data) => data switch
    {
        AssignmentGiven e => e.Due.Effective,
        DueResolved e => e.Date,
        DeadlineChanged e => e.Due.Effective,
        AssignmentCorrected e => e.Due.Effective,
        _ => null,
    };

    static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}

public sealed partial class AssignmentHistoryProjection : SingleStreamProjection<AssignmentHistory, string>
{
    public AssignmentHistory Create(IEvent<AssignmentGiven> e) => AssignmentHistory.Next(null, AssignmentState.Create(e.Data), e);
    public AssignmentHistory Apply(IEvent<DueResolved> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<DeadlineChanged> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<ReportBackReceived> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<AssignmentClosed> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<AssignmentWithdrawn> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<AssignmentMerged> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<AssignmentCorrected> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
    public AssignmentHistory Apply(IEvent<AssignmentMarkedConfidential> e, AssignmentHistory h) => AssignmentHistory.Next(h, h.State.Apply(e.Data), e);
}
