using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Shared;

namespace Decisions.Cases;

/// <summary>A decision taken in a case belongs to that case's history, whichever body took it.</summary>
public sealed class CaseFiling : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        if (@event is DecisionTaken { Details.CaseNumber: { } caseNumber } taken)
            await transaction.Execute<CaseState>(StreamIds.Case(caseNumber), c => CaseDecider.Decide(c,
                new RecordDecisionInCase(caseNumber, taken.DecisionId, taken.Details.BodyId, taken.Details.Paragraph, taken.Details.Date, taken.Source, taken.Details.Title)), ct);
    }
}
