using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag återkallas.</summary>
public static class WithdrawAssignmentEndpoint
{
    [WolverinePost("/api/assignments/withdrawals"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(WithdrawAssignment command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class WithdrawAssignmentHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        WithdrawAssignment command,
        [WriteAggregate(nameof(WithdrawAssignment.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
