using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Meetings;

/// <summary>Protokollet anslås; överklagandetiden börjar.</summary>
public static class PostMinutesEndpoint
{
    [WolverinePost("/api/meetings/posting"), Tags("Sammanträden")]
    public static Task<CommandAccepted> Post(PostMinutes command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class PostMinutesHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        PostMinutes command,
        [WriteAggregate(nameof(PostMinutes.MeetingId), Required = false)] IEventStream<MeetingState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => MeetingDecider.Decide(s, command));
}
