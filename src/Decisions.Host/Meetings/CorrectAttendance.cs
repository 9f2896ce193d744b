using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Rättelse av närvaron.</summary>
public static class CorrectAttendanceEndpoint
{
    [WolverinePost("/api/meetings/attendance-corrections"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(CorrectAttendance command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class CorrectAttendanceHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CorrectAttendance command,
        [WriteAggregate(nameof(CorrectAttendance.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
