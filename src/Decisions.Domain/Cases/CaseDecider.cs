using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Cases;

public static class CaseDecider
{
    public static IReadOnlyList<object> Decide(CaseState? state, OpenCase cmd)
    {
        Validation.For(cmd).Required(cmd.CaseNumber, nameof(cmd.CaseNumber)).Required(cmd.Title, nameof(cmd.Title)).ThrowIfInvalid();
        return state is null
            ? Emit(new CaseOpened(StreamIds.Case(cmd.CaseNumber), cmd.CaseNumber.Trim(), cmd.Title.Trim(), cmd.OpenedOn, cmd.Source))
            : AlreadyRecorded(state.Title, cmd.Title.Trim(), $"Ärendet {state.Id}");
    }

    public static IReadOnlyList<object> Decide(CaseState? state, FileDocument cmd)
    {
        var d = cmd.Document;
        Validation.For(cmd)
            .Required(cmd.CaseNumber, nameof(cmd.CaseNumber))
            .Required(d.Title, "Document.Title")
            .Each(d.Proposals, "Document.Proposals", p => !string.IsNullOrWhiteSpace(p.Text), "behöver en text")
            .Each(d.Proposals.Where(p => p is not null).SelectMany(p => p.ProposedAssignments.Where(a => a is not null)).ToList(), "Document.ProposedAssignments",
                a => !string.IsNullOrWhiteSpace(a.Assignee) && !string.IsNullOrWhiteSpace(a.Task), "behöver en mottagare och en uppgift")
            .ThrowIfInvalid();
        // A document filed to a case the register does not know is a mistyped case number, named as the field it is.
        var @case = state ?? throw new ValidationFailed(new Dictionary<string, string[]>
            { [nameof(cmd.CaseNumber)] = [$"ärendet {StreamIds.Case(cmd.CaseNumber)} finns inte i registret"] });
        var documentId = StreamIds.Document(@case.CaseNumber, d.Kind, d.Date);
        var filed = @case.Documents.FirstOrDefault(f => f.DocumentId == documentId);
        return filed is null
            ? Emit(new DocumentFiled(@case.Id, documentId, d, cmd.Source))
            : AlreadyRecorded(filed.Details, d, $"Handlingen {documentId}");
    }

    public static IReadOnlyList<object> Decide(CaseState? state, RecordDecisionInCase cmd)
    {
        var @case = Existing(state, "Case", StreamIds.Case(cmd.CaseNumber));
        Validation.For(cmd).Required(cmd.DecisionId, nameof(cmd.DecisionId)).Required(cmd.BodyId, nameof(cmd.BodyId)).ThrowIfInvalid();
        var recorded = @case.Decisions.FirstOrDefault(x => x.DecisionId == cmd.DecisionId);
        var incoming = new CaseDecision(cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate);
        return recorded is null
            ? Emit(new DecisionRecordedInCase(@case.Id, cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate, cmd.Source))
            : AlreadyRecorded(recorded, incoming, $"Beslutet {cmd.DecisionId} i ärendet {@case.Id}");
    }
}
