using Decisions.Commands;
using Decisions.Meetings;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Decisions;

/// <summary>Ett beslut i en paragraf vid ett hållet sammanträde.</summary>
public static class TakeDecisionEndpoint
{
    [WolverinePost("/api/decisions"), Tags("Beslut")]
    public static Task<CommandAccepted> Post(TakeDecision command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class TakeDecisionHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        TakeDecision command,
        [WriteAggregate(nameof(TakeDecision.DecisionId), Required = false)] IEventStream<DecisionState> stream,
        [ReadAggregate(nameof(TakeDecision.MeetingId), Required = false)] MeetingState? meeting,
        Envelope envelope) =>
        stream.Decide(envelope, s => DecisionDecider.Decide(s, command), new Reference(meeting, "Meeting", command.MeetingId));
}
