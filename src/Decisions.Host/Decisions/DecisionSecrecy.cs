using Decisions.Assignments;
using Decisions.Commands;

namespace Decisions.Decisions;

/// <summary>
/// Sekretess on a decision covers what it gave: its assignments are marked confidential too, also those that
/// reach the register after the decision was marked, so no public view shows them.
/// </summary>
public sealed class DecisionSecrecy : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        switch (@event)
        {
            case DecisionMarkedConfidential marked:
                foreach (var assignmentId in await AssignmentsOfDecision.Load(transaction, marked.DecisionId, ct))
                    await Mark(transaction, assignmentId, marked.Reason, marked.OccurredOn, ct);
                break;
            case AssignmentGiven given:
                await AssignmentsOfDecision.Lock(transaction, given.DecisionId, ct);
                if (await transaction.Load<DecisionState>(given.DecisionId, ct) is { Confidential: true } decision)
                    await Mark(transaction, given.AssignmentId, $"Beslutet {decision.Id} omfattas av sekretess", given.OccurredOn, ct);
                break;
        }
    }

    static Task Mark(Transaction transaction, string assignmentId, string reason, DateOnly on, CancellationToken ct) =>
        transaction.Execute<AssignmentState>(assignmentId,
            a => AssignmentDecider.Decide(a, new MarkAssignmentConfidential(assignmentId, reason, on)), ct);
}
