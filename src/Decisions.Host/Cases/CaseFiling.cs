using Decisions.Commands;
using Decisions.Decisions;
using JasperFx.Events;
using Wolverine;

namespace Decisions.Cases;

/// <summary>A decision taken in a case belongs to that case's history, whichever body took it.</summary>
public static class CaseFilingHandler
{
    public static async Task Handle(IEvent<DecisionTaken> taken, IMessageContext bus)
    {
        var d = taken.Data.Details;
        if (d.CaseNumber is { } caseNumber)
            await bus.FollowUp(taken, new RecordDecisionInCase(caseNumber, taken.Data.DecisionId, d.BodyId, d.Paragraph, d.Date, taken.Data.Source, d.Title));
    }
}
