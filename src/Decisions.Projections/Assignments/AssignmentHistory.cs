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
/// <param name="LastOccurredOn">The latest business date of any of its events: on that day and after, <see cref="State"/> is how it stood.</param>
public sealed record AssignmentHistory(
    string Id, AssignmentState State, string GivingBodyId, string Assignee, AssignmentStatus Status, bool Confidential,
    DateOnly GivenOn, DateOnly? FinishedOn, DateOnly? EarliestDue, DateOnly LastOccurredOn, IReadOnlyList<LogEntry> Entries)
{
    public static AssignmentHistory Next(AssignmentHistory? history, AssignmentState state, IEvent e)
    {
        var on = ((Events.IDomainEvent)e.Data).OccurredOn;
        return new(state.Id, state, state.Given.GivingBodyId, state.Assignee, state.Status, state.Confidential, state.Given.OccurredOn,
            Earliest(history?.FinishedOn, FinishedBy(e.Data)), Earliest(history?.EarliestDue, DueNamedBy(e.Data)),
            history is null || on > history.LastOccurredOn ? on : history.LastOccurredOn,
            [.. history?.Entries ?? [], LogEntry.Of(e)]);
    }

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

/// <summary>Every assignment event moves the state by the domain's own evolve and adds a line to the history.</summary>
public sealed partial class AssignmentHistoryProjection : SingleStreamProjection<AssignmentHistory, string>
{
    public AssignmentHistoryProjection()
    {
        foreach (var type in Shared.Evolve.EventTypes<AssignmentState>()) IncludeType(type);
    }

    public override AssignmentHistory? Evolve(AssignmentHistory? history, string id, IEvent e) =>
        Shared.Evolve.Apply(history?.State, e.Data) is { } state ? AssignmentHistory.Next(history, state, e) : history;
}
