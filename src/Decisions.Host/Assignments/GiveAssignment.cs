using Decisions.Commands;
using Decisions.Decisions;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag ges genom en att-sats i ett beslut.</summary>
public static class GiveAssignmentEndpoint
{
    [WolverinePost("/api/assignments"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(GiveAssignment command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class GiveAssignmentHandler
{
    /// <remarks>The giving decision is read for its sekretess too: what it gives is covered from its first event.</remarks>
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        GiveAssignment command,
        [WriteAggregate(nameof(GiveAssignment.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        [ReadAggregate(nameof(GiveAssignment.DecisionId), Required = false)] DecisionState? decision,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command, decision), new Reference(decision, "Decision", command.DecisionId));
}
