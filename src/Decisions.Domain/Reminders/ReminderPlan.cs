using Decisions.Assignments;

namespace Decisions.Reminders;

/// <summary>A reminder of an assignment: of this kind, for this due date, to go out on <paramref name="SendOn"/>.</summary>
public sealed record PlannedReminder(ReminderKind Kind, DateOnly DueDate, DateOnly SendOn);

/// <summary>
/// Which reminders an assignment has, and when. Two per due date: <see cref="ReminderKind.Before"/> the body's window of
/// days ahead, and <see cref="ReminderKind.DueDay"/> on the day. Only while the assignee still owes something (given or
/// partly reported, as <see cref="Deadlines"/> counts overdue): a complete report ends them as closing does.
/// </summary>
public static class ReminderPlan
{
    /// <summary>
    /// The day to remind of: a date, or the last day of a month or period ("i oktober", "under 2024"). A meeting due only
    /// once the meeting is known; the month's end of "sammanträdet i september" is not the day anyone must be ready by.
    /// A recurring or missing due has no day.
    /// </summary>
    public static DateOnly? DueDateOf(Due due) => due.Kind switch
    {
        DueKind.Date or DueKind.Meeting => due.Date,
        DueKind.Month or DueKind.Period => due.Effective,
        _ => null,
    };

    public static bool StillOwed(AssignmentState assignment) =>
        assignment.Status is AssignmentStatus.Given or AssignmentStatus.PartlyReported;

    /// <summary>Both reminders of the assignment's current due, whatever today is.</summary>
    public static IReadOnlyList<PlannedReminder> Of(AssignmentState assignment, int daysBefore) =>
        StillOwed(assignment) && DueDateOf(assignment.Due) is { } due
            ? [new(ReminderKind.Before, due, due.AddDays(-daysBefore)), new(ReminderKind.DueDay, due, due)]
            : [];

    /// <summary>
    /// Whether a reminder can still go out on <paramref name="today"/> or later: the one ahead of the due date until the day
    /// comes (late, at once, if its own day was missed), the one of the day until the day is over. So importing last
    /// year's minutes reminds nobody, and an assignment given three days before its due is announced at once.
    /// </summary>
    public static bool Open(PlannedReminder reminder, DateOnly today) =>
        reminder.Kind == ReminderKind.Before ? today < reminder.DueDate : today <= reminder.DueDate;

    /// <summary>The reminders to schedule now: those that can still go out, each at its day or at once if that is past.</summary>
    public static IReadOnlyList<PlannedReminder> ToSchedule(AssignmentState assignment, int daysBefore, DateOnly today) =>
        [.. Of(assignment, daysBefore).Where(r => Open(r, today))];

    /// <summary>
    /// Whether the reminder a scheduled message stands for is to go out now: it is still one of the assignment's reminders
    /// (same kind, same due date: a moved due or a finished assignment makes the message stale), its time has come and
    /// not passed, and it has not gone out before.
    /// </summary>
    public static PlannedReminder? DueNow(
        AssignmentState assignment, int daysBefore, ReminderKind kind, DateOnly dueDate, DateTime localNow, TimeOnly sendAt, ReminderLog? sent)
    {
        var today = DateOnly.FromDateTime(localNow);
        var reminder = Of(assignment, daysBefore).FirstOrDefault(r => r.Kind == kind && r.DueDate == dueDate);
        return reminder is not null
               && localNow >= reminder.SendOn.ToDateTime(sendAt)
               && Open(reminder, today)
               && sent?.Has(kind, dueDate) != true
            ? reminder
            : null;
    }

    /// <summary>Whole days from <paramref name="today"/> to the due date.</summary>
    public static int DaysLeft(PlannedReminder reminder, DateOnly today) => reminder.DueDate.DayNumber - today.DayNumber;
}

/// <summary>The reminders an assignment has had.</summary>
public sealed record ReminderLog(string AssignmentId, IReadOnlyList<ReminderSent> Sent)
{
    /// <summary>A stream of its own beside the assignment's, so a reminder neither contends with nor shows as a change of the assignment.</summary>
    public static string StreamId(string assignmentId) => $"{assignmentId}/reminders";

    public static ReminderLog Start(ReminderSent e) => new(e.AssignmentId, [e]);

    public ReminderLog Evolve(ReminderSent e) => this with { Sent = [.. Sent, e] };

    public bool Has(ReminderKind kind, DateOnly dueDate) => Sent.Any(s => s.Kind == kind && s.DueDate == dueDate);
}
