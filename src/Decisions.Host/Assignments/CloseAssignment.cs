using Decisions.Commands;
using Decisions.Decisions;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag avslutas av det beslut som godkänner redovisningen.</summary>
public static class CloseAssignmentEndpoint
{
    [WolverinePost("/api/assignments/closing"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(CloseAssignment command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class CloseAssignmentHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CloseAssignment command,
        [WriteAggregate(nameof(CloseAssignment.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        [ReadAggregate(nameof(CloseAssignment.AcceptingDecisionId), Required = false)] DecisionState? accepting,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command), new Reference(accepting, "Decision", command.AcceptingDecisionId));
}
