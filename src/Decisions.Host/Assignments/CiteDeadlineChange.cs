using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>En handling ger ett tidigare besluts uppdrag ny tid. A follow-up of other facts, never sent by a person.</summary>
public static class CiteDeadlineChangeHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CiteDeadlineChange command,
        [WriteAggregate(nameof(CiteDeadlineChange.CitationsId), Required = false)] IEventStream<CitationsState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => CitationDecider.Decide(s, command));
}
