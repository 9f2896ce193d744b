using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Närvaron vid ett sammanträde: tjänstgörande, ersättare och övriga.</summary>
public static class RecordAttendanceEndpoint
{
    [WolverinePost("/api/meetings/attendance"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(RecordAttendance command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class RecordAttendanceHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        RecordAttendance command,
        [WriteAggregate(nameof(RecordAttendance.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
