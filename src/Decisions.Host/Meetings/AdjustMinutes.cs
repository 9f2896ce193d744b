using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Protokollet justeras.</summary>
public static class AdjustMinutesEndpoint
{
    [WolverinePost("/api/meetings/adjustment"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(AdjustMinutes command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class AdjustMinutesHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        AdjustMinutes command,
        [WriteAggregate(nameof(AdjustMinutes.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
