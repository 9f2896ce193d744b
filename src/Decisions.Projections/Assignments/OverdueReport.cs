using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Shared;
using Marten;

namespace Decisions.Assignments;

public sealed record BodyRef(string Id, string Name);

public sealed record DecisionRef(string Id, DateOnly Date, int? Paragraph);

public sealed record OverdueRow(
    string AssignmentId, string Assignee, string Task, BodyRef GivingBody, DecisionRef GivingDecision,
    string DueText, DateOnly EffectiveDue, int DaysOverdue, ReportBack? LastPartialReport);

/// <summary>
/// Assignments whose effective due had passed on a business date with nothing complete reported by then.
/// SQL keeps only those that can be overdue that day (given by it, not finished by it, some due before it);
/// the domain's rule then decides each on its state as of that day, so the report and the domain cannot disagree.
/// </summary>
public static class OverdueReport
{
    public static async Task<IReadOnlyList<OverdueRow>> RunAsync(
        IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct)
    {
        var query = session.Query<AssignmentHistory>().Where(x =>
            !x.Confidential && x.GivenOn <= asOf && x.EarliestDue < asOf && (x.FinishedOn == null || x.FinishedOn > asOf));
        if (body is not null)
        {
            var bodyId = StreamIds.Body(body);
            query = query.Where(x => x.GivingBodyId == bodyId);
        }
        if (assignee is not null) query = query.Where(x => x.Assignee.Equals(assignee, StringComparison.OrdinalIgnoreCase));
        var candidates = await query.Select(x => new { x.Id, x.LastOccurredOn, x.State }).ToListAsync(ct);

        // Nothing of an assignment happened after the day asked about: its current state is how it stood that day
        // (corrections apply whenever recorded). Only the others need their events folded as of that day.
        var replay = candidates.Where(c => c.LastOccurredOn > asOf).Select(c => c.Id).ToList();
        var events = await Streams.LoadAsync(session, replay, ct);
        var overdue = candidates.Where(c => c.LastOccurredOn <= asOf).Select(c => c.State)
            .Concat(replay.Select(id => Replay.Assignment(events[id].Where(e => Replay.Visible(e, asOf, null)).Select(e => e.Data))))
            .OfType<AssignmentState>()
            .Select(state => (State: state, Days: Deadlines.DaysOverdue(state, asOf)))
            .Where(x => x.Days > 0)
            .ToList();

        var decisions = await session.LoadManyAsync<DecisionState>(ct, overdue.Select(x => x.State.Given.DecisionId).Distinct());
        var bodies = await BodyDirectory.LoadAsync(session, overdue.Select(x => x.State.Given.GivingBodyId), ct);
        return [.. overdue
            .Select(x => Row(x.State, x.Days, decisions.FirstOrDefault(d => d.Id == x.State.Given.DecisionId), bodies))
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.AssignmentId, StringComparer.Ordinal)];
    }

    static OverdueRow Row(AssignmentState state, int days, DecisionState? decision, BodyDirectory bodies) => new(
        state.Id, state.Assignee, state.Task, bodies.Ref(state.Given.GivingBodyId),
        new DecisionRef(state.Given.DecisionId, decision?.Details.Date ?? state.Given.OccurredOn, decision?.Details.Paragraph),
        state.Due.Text, state.Due.Effective!.Value, days,
        state.ReportBacks.LastOrDefault(r => r.Completeness == ReportCompleteness.Partial));
}
