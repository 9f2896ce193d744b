using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Shared;
using Marten;

namespace Decisions.Cases;

/// <summary>One page of a case's timeline and how many entries it has in all.</summary>
public sealed record TimelinePage(IReadOnlyList<LogEntry> Entries, int Total);

/// <summary>
/// A case as it stood on a business date, read from the read models and not replayed: the case's own state cut back
/// to the day (<see cref="CaseState.On"/>), its decisions from the audit records (a decision is a fact of its meeting
/// day; later events of its stream are corrections, which apply on every day, or secrecy), and its assignments from
/// their business-date timelines. It gives what <see cref="CaseHistory.AsOf"/> gives without an instant, and a
/// test holds the two together; the longest case has some 1,700 streams, which a replay reads event by event.
/// </summary>
public static class CaseView
{
    /// <summary>The case on a business date; as the register knew it at <paramref name="recordedAsOf"/>, when given, by a replay.</summary>
    public static async Task<CaseAsOf> AsOfAsync(
        IQuerySession session, string caseNumber, DateOnly asOf, DateTimeOffset? recordedAsOf, CancellationToken ct, Secrecy? secrecy = null) =>
        recordedAsOf is null
            ? await AsOfAsync(session, caseNumber, asOf, ct, secrecy)
            : (await CaseHistory.LoadAsync(session, caseNumber, ct, secrecy)).AsOf(asOf, recordedAsOf);

    public static async Task<CaseAsOf> AsOfAsync(IQuerySession session, string caseNumber, DateOnly asOf, CancellationToken ct, Secrecy? secrecy = null) =>
        (await AsOfWithAssignmentsAsync(session, caseNumber, asOf, ct, secrecy)).Case;

    /// <summary>The case on a business date, and the timelines of its assignments it was read from, for a page that also draws them.</summary>
    public static async Task<(CaseAsOf Case, IReadOnlyList<IReadOnlyList<Stood<AssignmentState>>> Assignments)> AsOfWithAssignmentsAsync(
        IQuerySession session, string caseNumber, DateOnly asOf, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var caseId = StreamIds.Case(caseNumber);
        var @case = secrecy.Case(await session.LoadAsync<CaseState>(caseId, ct));
        if (@case is null && !await session.Query<CaseStreams>().AnyAsync(x => x.Id == caseId, ct)) throw new NotFound("Case", caseNumber);

        // The details as one value: PostgreSQL decompresses a document once per path it is asked for, so six fields of
        // it cost twice what the whole of it does (measured in docs/BENCHMARKS.md).
        var decisions = (await session.Query<DecisionRecord>()
            .Where(d => d.CaseId == caseId && d.MeetingDate <= asOf)
            .Select(d => new { d.Id, d.Details })
            .ToListAsync(ct)).Where(d => !secrecy.HidesDecision(d.Id)).Select(d => (d.Id, d.Details)).ToList();
        var timelines = await AssignmentTimelinesAsync(session, caseId, asOf, secrecy, ct);
        var assignments = timelines.Select(t => Timeline.On(t, asOf)).OfType<AssignmentState>().ToList();
        var bodies = await BodyDirectory.LoadAsync(session, decisions.Select(d => d.Details.BodyId).Concat(assignments.Select(a => a.Given.GivingBodyId)), ct);
        var then = @case?.On(asOf);

        return (new CaseAsOf(
            @case?.CaseNumber ?? caseId, then?.Title, asOf, null, then?.Documents ?? [],
            CaseDecisionView.InOrder(decisions.Select(d => new CaseDecisionView(
                d.Id, bodies.Ref(d.Details.BodyId), d.Details.Date, d.Details.Paragraph, d.Details.Title, d.Details.Kind, secrecy.Clauses(d.Id, d.Details.Clauses)))),
            CaseAssignmentView.InOrder(assignments, asOf, bodies)), timelines);
    }

    /// <summary>
    /// The business-date timelines of the assignments given in the case by <paramref name="asOf"/> that the reader may
    /// see, each state as the reader may see it: what the case's list of assignments and its picture of them both draw from.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Stood<AssignmentState>>>> AssignmentTimelinesAsync(
        IQuerySession session, string caseId, DateOnly asOf, Secrecy secrecy, CancellationToken ct) =>
    [
        .. (await session.Query<AssignmentHistory>()
            .Where(a => a.CaseId == caseId && a.GivenOn <= asOf)
            .ToListAsync(ct)).Where(a => !secrecy.HidesAssignment(a))
            .Select(a => secrecy.Timeline(a.Timeline())),
    ];

    /// <summary>
    /// Entries <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of the timeline that
    /// <see cref="CaseHistory.Timeline"/> gives, sorted and counted by PostgreSQL so that only one page of events is read.
    /// </summary>
    public static async Task<TimelinePage> TimelineAsync(IQuerySession session, string caseNumber, int skip, int take, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var caseId = StreamIds.Case(caseNumber);
        var index = await session.LoadAsync<CaseStreams>(caseId, ct) ?? throw new NotFound("Case", caseNumber);
        var streams = index.Streams.Where(s => !secrecy.HidesStream(s)).ToArray();
        // The case's own stream says where a confidential decision was taken (Secrecy.Hides): those lines are not counted either.
        var hidden = secrecy.Decisions.ToArray();

        // Every event's JSON names its business date as an ISO date, which sorts as the date does. The case's own
        // note that a confidential decision was taken in it is left out with the decision (as CaseHistory does).
        var events = $"{session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events";
        const string visible = "stream_id = any(?) and not coalesce(data ->> 'DecisionId' = any(?), false)";
        var total = (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {events} where {visible}", ct, streams, hidden)).Single();
        var sequences = (await session.AdvancedSql.QueryAsync<long>(
            $"select seq_id from {events} where {visible} order by data ->> 'OccurredOn', seq_id offset ? limit ?", ct, streams, hidden, skip, take)).ToList();
        var page = (await session.Events.QueryAllRawEvents().Where(e => sequences.Contains(e.Sequence)).ToListAsync(ct)).ToDictionary(e => e.Sequence);
        return new TimelinePage([.. sequences.Select(s => LogEntry.Of(page[s]))], (int)total);
    }
}
