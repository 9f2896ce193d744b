namespace Decisions.Decisions;

/// <param name="Details">Current facts, corrections applied.</param>
/// <param name="RecordedDetails">As first recorded; a re-import is compared with these, so it cannot undo a correction.</param>
/// <param name="Confidential">Sekretess: public views hide the decision; the log keeps it.</param>
public sealed partial record DecisionState(string Id, string MeetingId, DecisionDetails Details, DecisionDetails RecordedDetails, bool Confidential)
{
    public static DecisionState Start(DecisionTaken e) => new(e.DecisionId, e.MeetingId, e.Details, e.Details, false);

    /// <summary>Why what the decision gave is confidential too.</summary>
    public string SecrecyReason => $"Beslutet {Id} omfattas av sekretess";

    public DecisionState Evolve(DecisionCorrected e) => this with { Details = Details with { Kind = e.Kind, Clauses = e.Clauses } };

    public DecisionState Evolve(DecisionMarkedConfidential _) => this with { Confidential = true };
}
