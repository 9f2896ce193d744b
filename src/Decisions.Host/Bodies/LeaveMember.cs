using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Bodies;

/// <summary>En ledamot eller ersättare lämnar ett organ.</summary>
public static class LeaveMemberEndpoint
{
    [WolverinePost("/api/bodies/members/left"), Tags("Organ")]
    public static Task<CommandAccepted> Post(LeaveMember command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class LeaveMemberHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        LeaveMember command,
        [WriteAggregate(nameof(LeaveMember.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => BodyDecider.Decide(s, command));
}
