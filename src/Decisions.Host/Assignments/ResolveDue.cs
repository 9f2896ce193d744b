using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>"Till nästa sammanträde" får sitt datum när det sammanträdet blir känt. A follow-up of other facts, never sent by a person.</summary>
public static class ResolveDueHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        ResolveDue command,
        [WriteAggregate(nameof(ResolveDue.AssignmentId), Required = false)] IEventStream<AssignmentState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => AssignmentDecider.Decide(s, command));
}
