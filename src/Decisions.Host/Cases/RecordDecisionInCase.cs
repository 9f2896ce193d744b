using Decisions.Commands;
using JasperFx.Events;
using Wolverine;
using Wolverine.Marten;

namespace Decisions.Cases;

/// <summary>Ett beslut i ett ärende hör till ärendets historik, vilket organ som än fattade det. A follow-up of other facts, never sent by a person.</summary>
public static class RecordDecisionInCaseHandler
{
    public static (CommandAccepted, AppendedEvents, IMartenOp) Handle(
        RecordDecisionInCase command,
        [WriteAggregate(nameof(RecordDecisionInCase.CaseId), Required = false)] IEventStream<CaseState> stream,
        Envelope envelope) =>
        stream.Decide(envelope, s => CaseDecider.Decide(s, command));
}
