using Decisions.Assignments;
using Decisions.Commands;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace Decisions.Decisions;

/// <summary>
/// Sekretess on a decision covers what it gave. Its own handler marks the assignments it knows of at once; this follow-up
/// marks them again once the decision's mark is committed, which reaches an assignment given in a transaction that ran
/// beside it and could not see the mark (marking twice changes nothing).
/// </summary>
public static class DecisionSecrecyHandler
{
    public static async Task Handle(IEvent<DecisionMarkedConfidential> marked, IQuerySession session, IMessageContext bus, CancellationToken ct)
    {
        foreach (var mark in await Marks(session, marked.Data.DecisionId, marked.Data.Reason, marked.Data.OccurredOn, ct))
            await bus.FollowUp(marked, mark);
    }

    public static async Task<IReadOnlyList<MarkAssignmentConfidential>> Marks(IQuerySession session, string decisionId, string reason, DateOnly on, CancellationToken ct) =>
        [.. (await AssignmentsOfDecision.Load(session, decisionId, ct)).Select(id => new MarkAssignmentConfidential(id, reason, on))];
}
