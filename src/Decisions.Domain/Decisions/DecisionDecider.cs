using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Decisions;

public static class DecisionDecider
{
    public static IReadOnlyList<object> Decide(DecisionState? state, TakeDecision cmd)
    {
        var d = cmd.Details;
        var v = Validation.For(cmd)
            .Required(d.BodyId, "Details.BodyId")
            .Required(d.Title, "Details.Title")
            .Check(d.Paragraph >= 1, "Details.Paragraph", "måste vara 1 eller mer")
            .Each(d.Participants, "Details.Participants", p => !string.IsNullOrWhiteSpace(p.Name), "behöver ett namn")
            .Each(d.Motions, "Details.Motions", m => !string.IsNullOrWhiteSpace(m.By) && !string.IsNullOrWhiteSpace(m.Text), "behöver vem och vad")
            .Each(d.Votes, "Details.Votes", VoteIsConsistent, "antalen får inte vara negativa och ska stämma med de namngivna")
            .Each(d.Reservations, "Details.Reservations", r => r.Names?.Count > 0, "behöver minst ett namn");
        ValidateClauses(v, d.Kind, d.Clauses, "Details.Clauses").ThrowIfInvalid();

        var meetingId = StreamIds.Meeting(d.BodyId, d.Date);
        var taken = new DecisionTaken(StreamIds.Decision(meetingId, d.Paragraph), meetingId, d, cmd.Source);
        return state is null ? Emit(taken) : AlreadyRecorded(state.RecordedDetails, d, $"Beslutet {state.Id}");
    }

    public static IReadOnlyList<object> Decide(DecisionState? state, CorrectDecision cmd)
    {
        var decision = Existing(state, "Decision", cmd.DecisionId);
        RequireCorrection(ValidateClauses(Validation.For(cmd), cmd.Kind, cmd.Clauses, nameof(cmd.Clauses)), cmd.Reason, cmd.Kind != decision.Details.Kind || !cmd.Clauses.SequenceEqual(decision.Details.Clauses));
        return Emit(new DecisionCorrected(decision.Id, cmd.Kind, cmd.Clauses, cmd.Reason, cmd.CorrectedOn));
    }

    public static IReadOnlyList<object> Decide(DecisionState? state, MarkDecisionConfidential cmd)
    {
        var decision = Existing(state, "Decision", cmd.DecisionId);
        Validation.For(cmd).Required(cmd.Reason, nameof(cmd.Reason)).ThrowIfInvalid();
        return decision.Confidential ? Nothing : Emit(new DecisionMarkedConfidential(decision.Id, cmd.Reason, cmd.MarkedOn));
    }

    /// <summary>Only a real decision must say what was decided; a noted or postponed § may have no "att"-sats.</summary>
    static Validation ValidateClauses(Validation v, DecisionKind kind, IReadOnlyList<string> clauses, string field) =>
        v.Check(kind is not (DecisionKind.Decision or DecisionKind.ProposalToOtherBody) || clauses.Count > 0, field, "ett beslut behöver minst en att-sats")
         .Each(clauses, field, c => !string.IsNullOrWhiteSpace(c), "får inte vara tom");

    static bool VoteIsConsistent(Vote vote) =>
        vote is { Yes: >= 0, No: >= 0, Abstained: >= 0 }
        && (vote.YesNames is null || vote.YesNames.Count == vote.Yes)
        && (vote.NoNames is null || vote.NoNames.Count == vote.No)
        && (vote.AbstainedNames is null || vote.AbstainedNames.Count == vote.Abstained);
}
