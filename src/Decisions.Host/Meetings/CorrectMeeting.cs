using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Rättelse av sammanträdets tid och plats.</summary>
public static class CorrectMeetingEndpoint
{
    [WolverinePost("/api/meetings/corrections"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(CorrectMeeting command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class CorrectMeetingHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CorrectMeeting command,
        [WriteAggregate(nameof(CorrectMeeting.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
