using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Decisions;

/// <summary>Rättelse av vad som beslutades.</summary>
public static class CorrectDecisionEndpoint
{
    [WolverinePost("/api/decisions/corrections"), Tags("Beslut")]
    public static Task<CommandAccepted> Post(CorrectDecision command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class CorrectDecisionHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CorrectDecision command,
        [WriteAggregate(nameof(CorrectDecision.DecisionId), Required = false)] IEventStream<DecisionState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => DecisionDecider.Decide(s, command));
}
