using Decisions.Assignments;
using Decisions.Shared;

namespace Decisions.Charts;

/// <summary>The days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public sealed record DateSpan(DateOnly From, DateOnly To);

/// <param name="Complete">A complete report stops the clock; a partial one ("aktuellt läge") does not.</param>
public sealed record ReportMark(DateOnly On, bool Complete);

/// <summary>
/// One assignment of a case as its picture draws it: given, due, each report-back, when it was finished (closed,
/// withdrawn or merged) and the stretches it was overdue, everything as it stood on the day the case is shown for.
/// </summary>
/// <param name="Due">The effective due that day (the concrete date, else the last day the words can mean); null when the words give none.</param>
/// <param name="FinishedOn">The business date it became <paramref name="Status"/>, when that is a finished status.</param>
public sealed record TimelineRow(
    string AssignmentId, string Task, string Assignee, DateOnly Given, DateOnly? Due, string DueText, AssignmentStatus Status,
    IReadOnlyList<ReportMark> Reports, DateOnly? FinishedOn, IReadOnlyList<DateSpan> Overdue);

/// <summary>A case's assignments as rows of its timeline picture, from the same filtered read models as its list of assignments.</summary>
public static class CaseTimeline
{
    /// <summary>Earliest given first, so the picture reads as the case went.</summary>
    public static IReadOnlyList<TimelineRow> Rows(IEnumerable<IReadOnlyList<Stood<AssignmentState>>> timelines, DateOnly asOf) =>
    [
        .. timelines.Select(t => Row(t, asOf)).OfType<TimelineRow>()
            .OrderBy(r => r.Given).ThenBy(r => r.AssignmentId, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Null when the assignment had not been given by <paramref name="asOf"/>. Overdue stretches are the domain's
    /// (<see cref="Deadlines.OverduePeriods"/>) cut at <paramref name="asOf"/>: what came later is not known that day.
    /// </summary>
    public static TimelineRow? Row(IReadOnlyList<Stood<AssignmentState>> timeline, DateOnly asOf)
    {
        if (Timeline.On(timeline, asOf) is not { } state) return null;
        var finishedOn = state.Status.IsFinished()
            ? timeline.First(s => s.From <= asOf && s.State?.Status == state.Status).From
            : (DateOnly?)null;
        var overdue = Deadlines.OverduePeriods(timeline)
            .Where(p => p.From <= asOf)
            .Select(p => new DateSpan(p.From, p.Until is { } until && until <= asOf ? until.AddDays(-1) : asOf))
            .ToList();
        return new TimelineRow(
            state.Id, state.Task, state.Assignee, state.Given.OccurredOn, state.Due.Effective, state.Due.Text, state.Status,
            [.. state.ReportBacks.Where(r => r.On <= asOf).Select(r => new ReportMark(r.On, r.Completeness == ReportCompleteness.Complete))],
            finishedOn, overdue);
    }
}
