using Decisions.Commands;
using Decisions.Shared;

namespace Decisions.Assignments;

/// <summary>
/// Links citations and assignments whichever arrives first: a citation reaches every assignment its decision
/// already gave, and a newly given assignment receives every citation already waiting for its decision.
/// </summary>
public sealed class CitationLinking : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        switch (@event)
        {
            case ReportBackCited report:
                await DeliverToAssignmentsOf(transaction, report.CitedDecisionId, CitationsState.Start(report), ct);
                break;

            case DeadlineChangeCited change:
                await DeliverToAssignmentsOf(transaction, change.CitedDecisionId, CitationsState.Start(change), ct);
                break;

            case AssignmentGiven given:
                await AssignmentsOfDecision.Lock(transaction, given.DecisionId, ct);
                if (await transaction.Load<CitationsState>(StreamIds.Citations(given.DecisionId), ct) is { } waiting)
                    await Deliver(transaction, waiting, given.AssignmentId, ct);
                break;
        }
    }

    static async Task Deliver(Transaction transaction, CitationsState citations, string assignmentId, CancellationToken ct)
    {
        foreach (var command in citations.Commands(assignmentId))
        {
            // Documents arrive in any order: a report or extension cited after the assignment was closed, withdrawn or
            // merged changes nothing (the finishing decision stands), and must not refuse the document that cites it.
            if (await transaction.Load<AssignmentState>(assignmentId, ct) is { Status: AssignmentStatus.Closed or AssignmentStatus.Withdrawn or AssignmentStatus.Merged })
                return;
            await transaction.Execute<AssignmentState>(assignmentId, a => command switch
            {
                ReceiveReportBack c => AssignmentDecider.Decide(a, c),
                CloseAssignment c => AssignmentDecider.Decide(a, c),
                ChangeDeadline c => AssignmentDecider.Decide(a, c),
                _ => throw new InvalidOperationException($"A citation cannot carry {command.GetType().Name}."),
            }, ct);
        }
    }

    static async Task DeliverToAssignmentsOf(Transaction transaction, string decisionId, CitationsState citation, CancellationToken ct)
    {
        foreach (var assignmentId in await AssignmentsOfDecision.Load(transaction, decisionId, ct))
            await Deliver(transaction, citation, assignmentId, ct);
    }
}
