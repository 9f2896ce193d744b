using Decisions.Events;
using Decisions.History;
using Decisions.Shared;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Decisions.Decisions;

/// <summary>
/// One § as the audit view shows it: the decision's current facts (corrections applied), who recorded it
/// and when, and the fields the audit filters on kept flat so they can be indexed.
/// </summary>
/// <param name="CaseId">The case number normalised as in stream ids, so any spelling of it finds the case.</param>
/// <param name="ParticipantNames">Everyone who served in the §, members and ersättare alike.</param>
/// <param name="SearchText">Title and clauses, the text the Swedish full-text index covers.</param>
public sealed record DecisionRecord(
    string Id, string MeetingId, string BodyId, DateOnly MeetingDate, string? CaseId, DecisionDetails Details,
    IReadOnlyList<string> ParticipantNames, string SearchText, Provenance? Source,
    DateTimeOffset RecordedAt, string? RecordedBy, IReadOnlyList<LogEntryRef> Corrections, bool Confidential)
{
    public static DecisionRecord Taken(IEvent<DecisionTaken> e) =>
        new(e.Data.DecisionId, e.Data.MeetingId, e.Data.Details.BodyId, e.Data.Details.Date,
            e.Data.Details.CaseNumber is { } caseNumber ? StreamIds.Case(caseNumber) : null,
            e.Data.Details, [.. e.Data.Details.Participants.Select(p => p.Name).Distinct()], SearchTextOf(e.Data.Details),
            e.Data.Source, LogEntry.AsStored(e), e.UserName, [], false);

    public DecisionRecord Corrected(IEvent<DecisionCorrected> e)
    {
        var details = Details with { Kind = e.Data.Kind, Clauses = e.Data.Clauses };
        return this with
        {
            Details = details, SearchText = SearchTextOf(details),
            Corrections = [.. Corrections, new LogEntryRef(e.Data.OccurredOn, e.Data.Reason, LogEntry.AsStored(e), e.UserName)],
        };
    }

    public static string SearchTextOf(DecisionDetails d) => string.Join("\n", d.Clauses.Prepend(d.Title));
}

/// <summary>A correction as the audit shows it: when, why, and when and by whom it was recorded.</summary>
public sealed record LogEntryRef(DateOnly On, string Reason, DateTimeOffset RecordedAt, string? RecordedBy);

public sealed partial class DecisionRecordProjection : SingleStreamProjection<DecisionRecord, string>
{
    public DecisionRecord Create(IEvent<DecisionTaken> e) => DecisionRecord.Taken(e);

    public DecisionRecord Apply(IEvent<DecisionCorrected> e, DecisionRecord record) => record.Corrected(e);

    public DecisionRecord Apply(DecisionMarkedConfidential _, DecisionRecord record) => record with { Confidential = true };
}
