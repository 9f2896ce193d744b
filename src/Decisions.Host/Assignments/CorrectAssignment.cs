using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Rättelse av mottagare, uppgift eller tid.</summary>
public static class CorrectAssignmentEndpoint
{
    [WolverinePost("/api/assignments/corrections"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(CorrectAssignment command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class CorrectAssignmentHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CorrectAssignment command,
        [WriteAggregate(nameof(CorrectAssignment.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
