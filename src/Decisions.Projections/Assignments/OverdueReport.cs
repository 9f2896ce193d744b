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

/// <summary>
/// Assignments whose effective due had passed on a business date with nothing complete reported by then. Each
/// assignment's read model holds the days it was overdue and how it stood on them (see <see cref="Deadlines.OverduePeriods"/>),
/// so the report is one index lookup: the domain's rule was applied when the events were recorded, not per request.
/// </summary>
public static class OverdueReport
{
    /// <param name="secrecy">What the reader may not see; the public's view unless told otherwise.</param>
    public static async Task<IReadOnlyList<OverdueRow>> RunAsync(
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
        var candidates = await query.ToListAsync(ct);
        var overdue = candidates.Where(h => !secrecy.HidesAssignment(h))
            .Select(h => h.Overdue().FirstOrDefault(p => p.Covers(asOf))?.State).OfType<AssignmentState>()
            .Where(state => !secrecy.HidesAssignment(state))
            .Select(state => (State: state, Days: Deadlines.DaysOverdue(state, asOf)))
            .ToList();

        var decisionIds = overdue.Select(x => x.State.Given.DecisionId).Distinct().ToArray();
        var decisions = (await session.Query<DecisionRecord>().Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.MeetingDate, d.Details.Paragraph }).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => new DecisionRef(d.Id, d.MeetingDate, d.Paragraph));
        var bodies = await BodyDirectory.LoadAsync(session, overdue.Select(x => x.State.Given.GivingBodyId), ct);
        return [.. overdue
            .Select(x => Row(x.State, x.Days, decisions.GetValueOrDefault(x.State.Given.DecisionId), bodies, StatusLights.Of(x.State, asOf, bodies.Window(x.State.Given.GivingBodyId))))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.AssignmentId, StringComparer.Ordinal)];
    }

    static OverdueRow Row(AssignmentState state, int days, DecisionRef? decision, BodyDirectory bodies, StatusLight? light) => new(
        state.Id, state.Assignee, state.Task, bodies.Ref(state.Given.GivingBodyId),
        decision ?? new DecisionRef(state.Given.DecisionId, state.Given.OccurredOn, null),
        state.Due.Text, state.Due.Effective!.Value, days,
        state.ReportBacks.LastOrDefault(r => r.Completeness == ReportCompleteness.Partial), light);
}
