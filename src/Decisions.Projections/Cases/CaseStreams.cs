using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Shared;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Decisions.Cases;

/// <summary>
/// Which streams hold a case's facts: its own, the decisions taken in it and the assignments given in it.
/// Time travel reads those streams' raw events, so this index is all it needs kept ahead of time.
/// </summary>
public sealed class CaseStreams
{
    public string Id { get; set; } = "";
    public List<string> Streams { get; set; } = [];

    public void Include(IEvent e)
    {
        if (!Streams.Contains(e.StreamKey!)) Streams.Add(e.StreamKey!);
    }
}

public sealed partial class CaseStreamsProjection : MultiStreamProjection<CaseStreams, string>
{
    public CaseStreamsProjection()
    {
        Identity<CaseOpened>(e => e.CaseId);
        Identity<DocumentFiled>(e => e.CaseId);
        Identity<DecisionRecordedInCase>(e => e.CaseId);
        Identities<DecisionTaken>(e => InCase(e.Details.CaseNumber));
        Identities<AssignmentGiven>(e => InCase(e.CaseNumber));
    }

    static IReadOnlyList<string> InCase(string? caseNumber) => caseNumber is null ? [] : [StreamIds.Case(caseNumber)];

    public void Apply(IEvent<CaseOpened> e, CaseStreams streams) => streams.Include(e);
    public void Apply(IEvent<DocumentFiled> e, CaseStreams streams) => streams.Include(e);
    public void Apply(IEvent<DecisionRecordedInCase> e, CaseStreams streams) => streams.Include(e);
    public void Apply(IEvent<DecisionTaken> e, CaseStreams streams) => streams.Include(e);
    public void Apply(IEvent<AssignmentGiven> e, CaseStreams streams) => streams.Include(e);
}
