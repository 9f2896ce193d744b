using Decisions.Shared;

namespace Decisions.Assignments;

/// <summary>The days from <paramref name="From"/> until (not including) <paramref name="Until"/>, open-ended when null, on which the assignment stood as <paramref name="State"/> and was overdue.</summary>
public sealed record OverduePeriod(DateOnly From, DateOnly? Until, AssignmentState State)
{
    public bool Covers(DateOnly day) => From <= day && (Until is null || day < Until);
}

/// <summary>
/// Overdue means the assignee still owes something: the effective due (the concrete date, else the
/// last day the words can mean) has passed and no complete report-back has been given. A complete
/// report stops the clock even before the giving body closes the assignment, because what remains
/// is the body's move, not the assignee's; a partial report ("aktuellt läge") does not.
/// Pass the state folded from the events that had occurred by <paramref name="asOf"/> to ask how it
/// looked on that day.
/// </summary>
public static class Deadlines
{
    public static bool IsOverdue(AssignmentState state, DateOnly asOf) => DaysOverdue(state, asOf) > 0;

    public static int DaysOverdue(AssignmentState state, DateOnly asOf) =>
        state.Status is AssignmentStatus.Given or AssignmentStatus.PartlyReported && state.Due.Effective is { } due && due < asOf
            ? asOf.DayNumber - due.DayNumber
            : 0;

    /// <summary>Every day on which <see cref="IsOverdue"/> held for the state the assignment stood in that day.</summary>
    public static IReadOnlyList<OverduePeriod> OverduePeriods(IReadOnlyList<Stood<AssignmentState>> timeline) =>
    [
        .. timeline.Select((stood, i) => (stood, Until: i + 1 < timeline.Count ? timeline[i + 1].From : (DateOnly?)null))
            .Where(x => x.stood.State is { Status: AssignmentStatus.Given or AssignmentStatus.PartlyReported, Due.Effective: not null })
            .Select(x => new OverduePeriod(Later(x.stood.From, x.stood.State!.Due.Effective!.Value.AddDays(1)), x.Until, x.stood.State))
            .Where(p => p.Until is null || p.From < p.Until),
    ];

    static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
