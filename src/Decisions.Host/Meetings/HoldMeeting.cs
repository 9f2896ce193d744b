using Decisions.Commands;
using Decisions.Bodies;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Ett organ har hållit sammanträde.</summary>
public static class HoldMeetingEndpoint
{
    [WolverinePost("/api/meetings"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(HoldMeeting command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class HoldMeetingHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        HoldMeeting command,
        [WriteAggregate(nameof(HoldMeeting.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        [ReadAggregate(nameof(HoldMeeting.BodyId), Required = false)] BodyState? body,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command), new Reference(body, "Body", command.BodyId));
}
