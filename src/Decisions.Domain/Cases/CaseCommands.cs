using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Cases;

public sealed record OpenCase(string CaseNumber, string Title, DateOnly OpenedOn, Provenance? Source = null)
{
    [JsonIgnore] public string CaseId => StreamIds.Case(CaseNumber ?? "");
}

/// <param name="OpensCase">An imported document is the first the register hears of its case; a document filed by hand must name a known one.</param>
public sealed record FileDocument(string CaseNumber, DocumentDetails Document, Provenance? Source = null, bool OpensCase = false)
{
    [JsonIgnore] public string CaseId => StreamIds.Case(CaseNumber ?? "");
}

/// <summary>A decision taken in a case makes the case known, if nothing else had.</summary>
public sealed record RecordDecisionInCase(string CaseNumber, string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate, Provenance? Source = null, string? Title = null)
{
    [JsonIgnore] public string CaseId => StreamIds.Case(CaseNumber ?? "");
}
