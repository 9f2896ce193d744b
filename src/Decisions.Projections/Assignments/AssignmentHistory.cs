using Decisions.Assignments;
using Decisions.History;
using Decisions.Shared;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Decisions.Assignments;

/// <summary>
/// An assignment's current state, how it stood on every business date (<see cref="Timeline"/>), and the days on
/// which it was overdue (<see cref="Overdue"/>), so that "overdue on day D" is an index lookup and not a replay
/// (see <see cref="OverdueReport"/>).
/// </summary>
/// <param name="CaseId">The case it was given in, normalised as in stream ids.</param>
/// <param name="OverdueFrom">The first overdue day, null if it never was: with <paramref name="OverdueUntil"/> the bounds the index covers.</param>
/// <param name="OverdueUntil">The day after the last overdue day, null if it still is.</param>
public sealed record AssignmentHistory(
    string Id, AssignmentState State, string GivingBodyId, string? CaseId, string Assignee, AssignmentStatus Status, bool Confidential,
    DateOnly GivenOn, IReadOnlyList<Stood<AssignmentState>> Timeline, IReadOnlyList<OverduePeriod> Overdue,
    DateOnly? OverdueFrom, DateOnly? OverdueUntil, IReadOnlyList<LogEntry> Entries)
{
    public static AssignmentHistory Next(AssignmentHistory? history, AssignmentState state, IEvent e)
    {
        var timeline = Shared.Timeline.Next(history?.Timeline ?? Shared.Timeline.Empty<AssignmentState>(), (Events.IDomainEvent)e.Data);
        var overdue = Deadlines.OverduePeriods(timeline);
        return new(
            state.Id, state, state.Given.GivingBodyId, state.Given.CaseNumber is { } caseNumber ? StreamIds.Case(caseNumber) : null,
            state.Assignee, state.Status, state.Confidential, state.Given.OccurredOn,
            timeline, overdue, overdue.FirstOrDefault()?.From, overdue.LastOrDefault()?.Until, [.. history?.Entries ?? [], LogEntry.Of(e)]);
    }
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
