using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Cases;

public static class CaseDecider
{
    public static IReadOnlyList<object> Decide(CaseState? state, OpenCase cmd)
    {
        new Validation().Required(cmd.CaseNumber, nameof(cmd.CaseNumber)).Required(cmd.Title, nameof(cmd.Title)).ThrowIfInvalid();
        return state is null
            ? Emit(new CaseOpened(StreamIds.Case(cmd.CaseNumber), cmd.CaseNumber.Trim(), cmd.Title.Trim(), cmd.OpenedOn, cmd.Source))
            : AlreadyRecorded(state.Title, cmd.Title.Trim(), $"Case '{state.Id}'");
    }

    public static IReadOnlyList<object> Decide(CaseState? state, FileDocument cmd)
    {
        var @case = Existing(state, "Case", StreamIds.Case(cmd.CaseNumber));
        var d = cmd.Document;
        new Validation()
            .Required(d.Title, "Document.Title")
            .Each(d.Proposals, "Document.Proposals", p => !string.IsNullOrWhiteSpace(p.Text), "needs a text")
            .Each(d.Proposals.SelectMany(p => p.ProposedAssignments).ToList(), "Document.ProposedAssignments",
                a => !string.IsNullOrWhiteSpace(a.Assignee) && !string.IsNullOrWhiteSpace(a.Task), "needs an assignee and a task")
            .ThrowIfInvalid();
        var documentId = StreamIds.Document(@case.CaseNumber, d.Kind, d.Date);
        var filed = @case.Documents.FirstOrDefault(f => f.DocumentId == documentId);
        return filed is null
            ? Emit(new DocumentFiled(@case.Id, documentId, d, cmd.Source))
            : AlreadyRecorded(filed.Details, d, $"Document '{documentId}'");
    }

    public static IReadOnlyList<object> Decide(CaseState? state, RecordDecisionInCase cmd)
    {
        var @case = Existing(state, "Case", StreamIds.Case(cmd.CaseNumber));
        new Validation().Required(cmd.DecisionId, nameof(cmd.DecisionId)).Required(cmd.BodyId, nameof(cmd.BodyId)).ThrowIfInvalid();
        var recorded = @case.Decisions.FirstOrDefault(x => x.DecisionId == cmd.DecisionId);
        var incoming = new CaseDecision(cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate);
        return recorded is null
            ? Emit(new DecisionRecordedInCase(@case.Id, cmd.DecisionId, cmd.BodyId, cmd.Paragraph, cmd.MeetingDate, cmd.Source))
            : AlreadyRecorded(recorded, incoming, $"Decision '{cmd.DecisionId}' in case '{@case.Id}'");
    }
}
