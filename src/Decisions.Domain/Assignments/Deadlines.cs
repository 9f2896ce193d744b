namespace Decisions.Assignments;

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
}
