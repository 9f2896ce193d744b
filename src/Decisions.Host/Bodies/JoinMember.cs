using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions.Bodies;

/// <summary>En ledamot eller ersättare börjar i ett organ.</summary>
public static class JoinMemberEndpoint
{
    [WolverinePost("/api/bodies/members"), Tags("Organ")]
    public static Task<CommandAccepted> Post(JoinMember command, IMessageBus bus, HttpContext http, long? expectedVersion) =>
        bus.Send(http, command, expectedVersion);
}

public static class JoinMemberHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        JoinMember command,
        [WriteAggregate(nameof(JoinMember.BodyId), Required = false)] IEventStream<BodyState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => BodyDecider.Decide(s, command));
}
