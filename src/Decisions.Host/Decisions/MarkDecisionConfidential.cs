using Decisions.Assignments;
using Decisions.Commands;
using Marten;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Decisions;

/// <summary>Ett beslut omfattas av sekretess, och därmed allt det gav.</summary>
public static class MarkDecisionConfidentialEndpoint
{
    [WolverinePost("/api/decisions/confidential"), Tags("Beslut"), Authorize(Policy = Accounts.Policies.Administer)]
    public static Task<CommandAccepted> Post(MarkDecisionConfidential command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class MarkDecisionConfidentialHandler
{
    /// <summary>
    /// The decision's assignments are marked in the same transaction: no public view may show them after the decision is
    /// hidden. An assignment given at the same moment is covered by <see cref="DecisionSecrecyHandler"/> once both are in.
    /// </summary>
    public static async Task<(CommandAccepted, AppendedEvents, IMartenOp)> Handle(
        MarkDecisionConfidential command,
        [WriteAggregate(nameof(MarkDecisionConfidential.DecisionId), Required = false)] IEventStream<DecisionState> stream,
        IDocumentSession session, Envelope envelope, CancellationToken ct)
    {
        var decided = stream.Decide(envelope, s => DecisionDecider.Decide(s, command));
        if (decided.Item2.Count > 0)
        {
            var unit = new UnitOfWork(session);
            foreach (var mark in await DecisionSecrecyHandler.Marks(session, command.DecisionId, command.Reason, command.MarkedOn, ct))
                await unit.Execute(mark, ct);
        }
        return decided;
    }
}
