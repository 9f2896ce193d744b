using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Shared;
using JasperFx.Events;
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
        var @case = await OwnFactsAsync(session, caseId, ct);
        if (@case is null && !await session.Query<CaseStreams>().AnyAsync(x => x.Id == caseId, ct)) throw new NotFound("Case", caseNumber);

        var decisions = (await DecisionsAsync(session, caseId, asOf, ct)).Where(d => !secrecy.HidesDecision(d.Id)).ToList();
        var timelines = await AssignmentTimelinesAsync(session, caseId, asOf, secrecy, ct);
        var assignments = timelines.Select(t => Timeline.On(t, asOf)).OfType<AssignmentState>().ToList();
        var bodies = await BodyDirectory.LoadAsync(session, decisions.Select(d => d.BodyId).Concat(assignments.Select(a => a.Given.GivingBodyId)), ct);
        // The case's title and first day may come from its decisions: those the reader may see, as the records have them.
        var then = @case?.WithDecisions([.. decisions.Select(d => new CaseDecision(d.Id, d.BodyId, d.Paragraph, d.Date, d.Title))]).On(asOf);

        return (new CaseAsOf(
            @case?.CaseNumber ?? caseId, then?.Title, asOf, null, then?.Documents ?? [],
            CaseDecisionView.InOrder(decisions.Select(d => new CaseDecisionView(
                d.Id, bodies.Ref(d.BodyId), d.Date, d.Paragraph, d.Title, d.Kind, secrecy.Clauses(d.Id, d.Clauses)))),
            CaseAssignmentView.InOrder(assignments, asOf, bodies)), timelines);
    }

    /// <summary>
    /// The case's own facts (its number, opening, documents), without the decisions its stream also names: those are read
    /// from the decisions' records, and the longest case's list of them is most of its document. Null if it has no stream.
    /// </summary>
    static async Task<CaseState?> OwnFactsAsync(IQuerySession session, string caseId, CancellationToken ct)
    {
        var json = (await session.AdvancedSql.QueryAsync<string>(
            $"select (data - '{nameof(CaseState.Decisions)}')::text from {Table<CaseState>(session)} where id = ?", ct, caseId)).SingleOrDefault();
        return json is null ? null : Deserialize<CaseState>(session, json) with { Decisions = [] };
    }

    /// <summary>What the case on a day shows of a decision: no participants, votes or notes.</summary>
    sealed record DecisionFields(string Id, string BodyId, DateOnly Date, int Paragraph, string Title, DecisionKind Kind, IReadOnlyList<string> Clauses);

    /// <summary>
    /// The decisions taken in the case by <paramref name="asOf"/>, with those fields only. A record's details are taken
    /// out of its document once (the lateral subquery is not flattened) and picked from there: PostgreSQL would otherwise
    /// decompress the document once per field asked for (measured in docs/BENCHMARKS.md).
    /// </summary>
    static async Task<IReadOnlyList<DecisionFields>> DecisionsAsync(IQuerySession session, string caseId, DateOnly asOf, CancellationToken ct)
    {
        var rows = await session.AdvancedSql.QueryAsync<string>($"""
            select jsonb_build_object('Id', d.id, 'BodyId', d.body_id, 'Date', d.meeting_date, 'Paragraph', t.details -> 'Paragraph',
                'Title', t.details -> 'Title', 'Kind', t.details -> 'Kind', 'Clauses', t.details -> 'Clauses')::text
            from {Table<DecisionRecord>(session)} d cross join lateral (select d.data -> 'Details' offset 0) as t(details)
            where d.case_id = ? and d.meeting_date <= ?
            """, ct, caseId, asOf);
        return [.. rows.Select(json => Deserialize<DecisionFields>(session, json))];
    }

    sealed record PageRow(long Sequence, long Total);

    static string Table<T>(IQuerySession session) => session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;

    static T Deserialize<T>(IQuerySession session, string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return session.DocumentStore.Options.Serializer().FromJson<T>(stream);
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
        // note that a decision was taken in it is left out: the decision's own stream tells it (as CaseHistory does).
        var options = session.DocumentStore.Options.Events;
        var events = $"{options.DatabaseSchemaName}.mt_events";
        var note = typeof(DecisionRecordedInCase).GetEventTypeName(options.EventNamingStyle);
        const string visible = "stream_id = any(?) and type <> ? and not coalesce(data ->> 'DecisionId' = any(?), false)";
        // The page and the count in one pass over the case's events (the longest case has some 4,400 in 1,700 streams);
        // only a page past the end needs the count alone.
        var rows = (await session.AdvancedSql.QueryAsync<string>(
            $"select jsonb_build_object('Sequence', seq_id, 'Total', count(*) over ())::text from {events} where {visible} order by data ->> 'OccurredOn', seq_id offset ? limit ?",
            ct, streams, note, hidden, skip, take)).Select(json => Deserialize<PageRow>(session, json)).ToList();
        var total = rows.Count > 0 ? rows[0].Total
            : (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {events} where {visible}", ct, streams, note, hidden)).Single();
        var sequences = rows.Select(r => r.Sequence).ToList();
        var page = (await session.Events.QueryAllRawEvents().Where(e => sequences.Contains(e.Sequence)).ToListAsync(ct)).ToDictionary(e => e.Sequence);
        return new TimelinePage([.. sequences.Select(s => LogEntry.Of(page[s]))], (int)total);
    }
}
