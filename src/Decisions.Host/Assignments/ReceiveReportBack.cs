using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>Återrapportering på ett uppdrag, delvis eller fullständig.</summary>
public static class ReceiveReportBackEndpoint
{
    [WolverinePost("/api/assignments/report-backs"), Tags("Uppdrag")]
    public static Task<CommandAccepted> Post(ReceiveReportBack command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class ReceiveReportBackHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        ReceiveReportBack command,
        [WriteAggregate(nameof(ReceiveReportBack.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
