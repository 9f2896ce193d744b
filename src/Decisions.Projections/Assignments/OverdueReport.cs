using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Shared;
using Marten;
using Marten.Linq.MatchesSql;

namespace Decisions.Assignments;

public sealed record BodyRef(string Id, string Name);

public sealed record DecisionRef(string Id, DateOnly Date, int? Paragraph);

public sealed record OverdueRow(
    string AssignmentId, string Assignee, string Task, BodyRef GivingBody, DecisionRef GivingDecision,
    string DueText, DateOnly EffectiveDue, int DaysOverdue, ReportBack? LastPartialReport, StatusLight? Light = null);

/// <summary>An assignment overdue on the day asked about: the span of its read model that covers the day, and what gave it.</summary>
public sealed record OverdueEntry(string AssignmentId, string DecisionId, string GivingBodyId, DateOnly GivenOn, OverdueSpan Span)
{
    public int DaysOverdue(DateOnly asOf) => asOf.DayNumber - Span.EffectiveDue.DayNumber;
}

/// <summary>
/// Assignments whose effective due had passed on a business date with nothing complete reported by then. Each
/// assignment's read model holds the days it was overdue and what the list shows of them (<see cref="OverdueSpan"/>),
/// so the report is one index lookup that reads those few fields: the domain's rule was applied when the events were
/// recorded, not per request. A list that shows a page of rows finds them all (<see cref="FindAsync"/>), which is cheap,
/// and completes only the page's (<see cref="RowsAsync"/>) with the decisions' dates and §§.
/// </summary>
public static class OverdueReport
{
    /// <summary>Every row, in the report's order.</summary>
    /// <param name="secrecy">What the reader may not see; the public's view unless told otherwise.</param>
    public static async Task<IReadOnlyList<OverdueRow>> RunAsync(
        IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct, Secrecy? secrecy = null)
    {
        var entries = await FindAsync(session, asOf, body, assignee, ct, secrecy);
        return await RowsAsync(session, asOf, entries, await BodiesAsync(session, entries, ct), ct);
    }

    /// <summary>The assignments overdue on <paramref name="asOf"/>, most days overdue first, then by id.</summary>
    public static async Task<IReadOnlyList<OverdueEntry>> FindAsync(
        IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var query = session.Query<AssignmentHistory>().Where(x => x.MatchesSql($"overdue_from is not null and {DecisionsStore.OverdueDaysSql} @> ?", asOf));
        if (!secrecy.ShowsConfidential) query = query.Where(x => !x.Confidential);
        if (body is not null)
        {
            var bodyId = StreamIds.Body(body);
            query = query.Where(x => x.GivingBodyId == bodyId);
        }
        if (assignee is not null) query = query.Where(x => x.Assignee.Equals(assignee, StringComparison.OrdinalIgnoreCase));
        var candidates = await query.Select(x => new { x.Id, x.DecisionId, x.GivingBodyId, x.GivenOn, x.Confidential, x.OverdueSpans }).ToListAsync(ct);
        return [.. candidates.Where(h => !secrecy.HidesAssignment(h.Id, h.Confidential, h.DecisionId))
            .Select(h => h.OverdueSpans.FirstOrDefault(s => s.Covers(asOf)) is { } span ? new OverdueEntry(h.Id, h.DecisionId, h.GivingBodyId, h.GivenOn, span) : null)
            .OfType<OverdueEntry>()
            .OrderBy(e => e.Span.EffectiveDue).ThenBy(e => e.AssignmentId, StringComparer.Ordinal)];
    }

    public static Task<BodyDirectory> BodiesAsync(IQuerySession session, IEnumerable<OverdueEntry> entries, CancellationToken ct) =>
        BodyDirectory.LoadAsync(session, entries.Select(e => e.GivingBodyId), ct);

    /// <summary>The rows of <paramref name="entries"/>, in their order, with the giving decisions' dates and §§.</summary>
    public static async Task<IReadOnlyList<OverdueRow>> RowsAsync(
        IQuerySession session, DateOnly asOf, IReadOnlyCollection<OverdueEntry> entries, BodyDirectory bodies, CancellationToken ct)
    {
        var decisionIds = entries.Select(e => e.DecisionId).Distinct().ToArray();
        var decisions = (await session.Query<DecisionRecord>().Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.MeetingDate, d.Details.Paragraph }).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => new DecisionRef(d.Id, d.MeetingDate, d.Paragraph));
        return [.. entries.Select(e => new OverdueRow(
            e.AssignmentId, e.Span.Assignee, e.Span.Task, bodies.Ref(e.GivingBodyId),
            decisions.GetValueOrDefault(e.DecisionId) ?? new DecisionRef(e.DecisionId, e.GivenOn, null),
            e.Span.DueText, e.Span.EffectiveDue, e.DaysOverdue(asOf), e.Span.LastPartialReport, e.Span.Light))];
    }
}
