using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag slås samman med ett annat.</summary>
public static class MergeAssignmentEndpoint
{
    [WolverinePost("/api/assignments/merges"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(MergeAssignment command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class MergeAssignmentHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        MergeAssignment command,
        [WriteAggregate(nameof(MergeAssignment.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        [ReadAggregate(nameof(MergeAssignment.IntoAssignmentId), Required = false)] AssignmentState? into,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command), new Reference(into, "Assignment", command.IntoAssignmentId));
}
