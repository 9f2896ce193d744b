using System.Text.Json.Serialization;

namespace Decisions.Decisions;

/// <param name="Details">Current facts, corrections applied.</param>
/// <param name="Confidential">Sekretess: public views hide the decision; the log keeps it.</param>
/// <param name="Corrected">The details as first recorded, once a correction has changed them; until then they are <paramref name="Details"/>,
/// and the stored state does not hold them twice.</param>
public sealed partial record DecisionState(string Id, string MeetingId, DecisionDetails Details, bool Confidential, DecisionDetails? Corrected = null)
{
    public static DecisionState Start(DecisionTaken e) => new(e.DecisionId, e.MeetingId, e.Details, false);

    /// <summary>As first recorded; a re-import is compared with these, so it cannot undo a correction.</summary>
    [JsonIgnore]
    public DecisionDetails RecordedDetails => Corrected ?? Details;

    /// <summary>Why what the decision gave is confidential too.</summary>
    [JsonIgnore]
    public string SecrecyReason => $"Beslutet {Id} omfattas av sekretess";

    public DecisionState Evolve(DecisionCorrected e) =>
        this with { Details = Details with { Kind = e.Kind, Clauses = e.Clauses }, Corrected = RecordedDetails };

    public DecisionState Evolve(DecisionMarkedConfidential _) => this with { Confidential = true };
}
