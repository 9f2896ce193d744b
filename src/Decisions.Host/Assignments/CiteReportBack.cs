using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Marten;

namespace Decisions.Assignments;

/// <summary>En handling redovisar ett tidigare besluts uppdrag. A follow-up of other facts, never sent by a person.</summary>
public static class CiteReportBackHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        CiteReportBack command,
        [WriteAggregate(nameof(CiteReportBack.CitationsId), Required = false)] IEventStream<CitationsState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => CitationDecider.Decide(s, command));
}
