using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Bodies;

/// <summary>Ett organ blir känt för registret: nämnd, styrelse, utskott, fullmäktige.</summary>
public static class RegisterBodyEndpoint
{
    [WolverinePost("/api/bodies"), Tags("Organ")]
    public static Task<CommandAccepted> Post(RegisterBody command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class RegisterBodyHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        RegisterBody command,
        [WriteAggregate(nameof(RegisterBody.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => BodyDecider.Decide(s, command));
}
