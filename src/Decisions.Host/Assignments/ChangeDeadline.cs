using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Ett uppdrag får ny tid.</summary>
public static class ChangeDeadlineEndpoint
{
    [WolverinePost("/api/assignments/deadline-changes"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(ChangeDeadline command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class ChangeDeadlineHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        ChangeDeadline command,
        [WriteAggregate(nameof(ChangeDeadline.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
