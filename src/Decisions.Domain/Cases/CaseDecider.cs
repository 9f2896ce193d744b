using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Cases;

public static class CaseDecider
{
    public static IReadOnlyList<object> Decide(CaseState? state, OpenCase cmd)
    {
        Validation.For(cmd).Required(cmd.CaseNumber, nameof(cmd.CaseNumber)).Required(cmd.Title, nameof(cmd.Title)).ThrowIfInvalid();
        var opened = new CaseOpened(StreamIds.Case(cmd.CaseNumber), cmd.CaseNumber.Trim(), cmd.Title.Trim(), cmd.OpenedOn, cmd.Source);
        // A case known from its documents or decisions may still be named by a person, once.
        return state?.GivenTitle is null ? Emit(opened) : AlreadyRecorded(state.GivenTitle, opened.Title, $"Ärendet {state.Id}");
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
        if (state is null && !cmd.OpensCase)
            throw new ValidationFailed(new Dictionary<string, string[]>
                { [nameof(cmd.CaseNumber)] = [$"ärendet {StreamIds.Case(cmd.CaseNumber)} finns inte i registret"] });
        var documentId = StreamIds.Document(cmd.CaseNumber, d.Kind, d.Date);
        var filed = state?.Documents.FirstOrDefault(f => f.DocumentId == documentId);
        return filed is null
            ? Emit(new DocumentFiled(StreamIds.Case(cmd.CaseNumber), documentId, d, cmd.Source))
            : AlreadyRecorded(filed.Details, d, $"Handlingen {documentId}");
    }

    public static IReadOnlyList<object> Decide(CaseState? state, RecordDecisionInCase cmd)
    {
        Validation.For(cmd).Required(cmd.CaseNumber, nameof(cmd.CaseNumber)).Required(cmd.DecisionId, nameof(cmd.DecisionId)).Required(cmd.BodyId, nameof(cmd.BodyId)).ThrowIfInvalid();
        var caseId = StreamIds.Case(cmd.CaseNumber);
        var recorded = state?.Decisions.FirstOrDefault(x => x.DecisionId == cmd.DecisionId);
        var incoming = new CaseDecision(cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate, cmd.Title);
        return recorded is null
            ? Emit(new DecisionRecordedInCase(caseId, cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate, cmd.Source, cmd.Title))
            // Recorded before the title was kept: the same decision all the same.
            : AlreadyRecorded(recorded with { Title = recorded.Title ?? incoming.Title }, incoming, $"Beslutet {cmd.DecisionId} i ärendet {caseId}");
    }
}
