using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Events;
using Decisions.Meetings;
using Decisions.Shared;
using JasperFx.Events;

namespace Decisions.History;

/// <summary>
/// Folds a stream's events as they stood on a business date and, optionally, as the register knew them at
/// an instant. A correction ("rättelse") says what the fact always was, so it is judged by when it was
/// recorded only: on any business date after the fact, a correction recorded by the instant asked about applies.
/// </summary>
public static class Replay
{
    public static bool Visible(IEvent e, DateOnly asOf, DateTimeOffset? recordedAsOf) =>
        (recordedAsOf is null || e.Timestamp <= recordedAsOf)
        && (e.Data is ICorrection || ((IDomainEvent)e.Data).OccurredOn <= asOf);

    // The domain's own evolve; a correction of a fact not yet given leaves nothing to correct.
    public static AssignmentState? Assignment(IEnumerable<object> events) => Evolve.Fold<AssignmentState>(null, events);

    public static DecisionState? Decision(IEnumerable<object> events) => Evolve.Fold<DecisionState>(null, events);

    public static CaseState? Case(IEnumerable<object> events) => Evolve.Fold<CaseState>(null, events);
}
