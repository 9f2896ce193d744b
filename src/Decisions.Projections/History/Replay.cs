using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Events;
using Decisions.Meetings;
using JasperFx.Events;

namespace Decisions.History;

/// <summary>
/// Folds a stream's events as they stood on a business date and, optionally, as the register knew them at
/// an instant. A correction ("rättelse") says what the fact always was, so it is judged by when it was
/// recorded only: on any business date after the fact, a correction recorded by the instant asked about applies.
/// </summary>
public static class Replay
{
    public static bool IsCorrection(object data) =>
        data is AssignmentCorrected or DecisionCorrected or MeetingCorrected or AttendanceCorrected;

    public static bool Visible(IEvent e, DateOnly asOf, DateTimeOffset? recordedAsOf) =>
        (recordedAsOf is null || e.Timestamp <= recordedAsOf)
        && (IsCorrection(e.Data) || ((IDomainEvent)e.Data).OccurredOn <= asOf);

    public static AssignmentState? Assignment(IEnumerable<object> events) => Fold<AssignmentState, AssignmentGiven>(events, AssignmentState.Create);

    public static DecisionState? Decision(IEnumerable<object> events) => Fold<DecisionState, DecisionTaken>(events, DecisionState.Create);

    public static CaseState? Case(IEnumerable<object> events) => Fold<CaseState, CaseOpened>(events, CaseState.Create);

    /// <summary>
    /// Dispatches on the runtime event type to the states' own Apply overloads, so the domain's evolve is
    /// reused rather than restated; a correction of a fact not yet given leaves nothing to correct.
    /// </summary>
    static T? Fold<T, TFirst>(IEnumerable<object> events, Func<TFirst, T> create) where T : class =>
        events.Aggregate((T?)null, (state, e) => e is TFirst first ? create(first) : state is null ? null : (T)((dynamic)state).Apply((dynamic)e));
}
