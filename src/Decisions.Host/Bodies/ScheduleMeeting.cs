using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Bodies;

/// <summary>Ett sammanträde blir känt i organets plan, och kan då vara det sammanträde ett uppdrag ska redovisas till.</summary>
public static class ScheduleMeetingEndpoint
{
    [WolverinePost("/api/bodies/schedule"), Tags("Organ")]
    public static Task<CommandAccepted> Post(ScheduleMeeting command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class ScheduleMeetingHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        ScheduleMeeting command,
        [WriteAggregate(nameof(ScheduleMeeting.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => BodyDecider.Decide(s, command));
}
