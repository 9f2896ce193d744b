using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Decisions;

public static class DecisionDecider
{
    public static IReadOnlyList<object> Decide(DecisionState? state, TakeDecision cmd)
    {
        var d = cmd.Details;
        var v = new Validation()
            .Required(d.BodyId, "Details.BodyId")
            .Required(d.Title, "Details.Title")
            .Check(d.Paragraph >= 1, "Details.Paragraph", "must be 1 or more")
            .Each(d.Participants, "Details.Participants", p => !string.IsNullOrWhiteSpace(p.Name), "needs a name")
            .Each(d.Motions, "Details.Motions", m => !string.IsNullOrWhiteSpace(m.By) && !string.IsNullOrWhiteSpace(m.Text), "needs who and what")
            .Each(d.Votes, "Details.Votes", VoteIsConsistent, "counts must be non-negative and match the named lists")
            .Each(d.Reservations, "Details.Reservations", r => r.Names.Count > 0, "needs at least one name");
        ValidateClauses(v, d.Kind, d.Clauses, "Details.Clauses").ThrowIfInvalid();

        var meetingId = StreamIds.Meeting(d.BodyId, d.Date);
        var taken = new DecisionTaken(StreamIds.Decision(meetingId, d.Paragraph), meetingId, d, cmd.Source);
        return state is null ? Emit(taken) : AlreadyRecorded(state.RecordedDetails, d, $"Decision '{state.Id}'");
    }

    public static IReadOnlyList<object> Decide(DecisionState? state, CorrectDecision cmd)
    {
        var decision = Existing(state, "Decision", cmd.DecisionId);
        RequireCorrection(ValidateClauses(new Validation(), cmd.Kind, cmd.Clauses, nameof(cmd.Clauses)), cmd.Reason, cmd.Kind != decision.Details.Kind || !cmd.Clauses.SequenceEqual(decision.Details.Clauses));
        return Emit(new DecisionCorrected(decision.Id, cmd.Kind, cmd.Clauses, cmd.Reason, cmd.CorrectedOn));
    }

    public static IReadOnlyList<object> Decide(DecisionState? state, MarkDecisionConfidential cmd)
    {
        var decision = Existing(state, "Decision", cmd.DecisionId);
        new Validation().Required(cmd.Reason, nameof(cmd.Reason)).ThrowIfInvalid();
        return decision.Confidential ? Nothing : Emit(new DecisionMarkedConfidential(decision.Id, cmd.Reason, cmd.MarkedOn));
    }

    /// <summary>Only a real decision must say what was decided; a noted or postponed § may have no "att"-sats.</summary>
    static Validation ValidateClauses(Validation v, DecisionKind kind, IReadOnlyList<string> clauses, string field) =>
        v.Check(kind is not (DecisionKind.Decision or DecisionKind.ProposalToOtherBody) || clauses.Count > 0, field, "a decision needs at least one clause")
         .Each(clauses, field, c => !string.IsNullOrWhiteSpace(c), "must not be blank");

    static bool VoteIsConsistent(Vote vote) =>
        vote is { Yes: >= 0, No: >= 0, Abstained: >= 0 }
        && (vote.YesNames is null || vote.YesNames.Count == vote.Yes)
        && (vote.NoNames is null || vote.NoNames.Count == vote.No)
        && (vote.AbstainedNames is null || vote.AbstainedNames.Count == vote.Abstained);
}
