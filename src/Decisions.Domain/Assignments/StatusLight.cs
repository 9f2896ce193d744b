using Decisions.Shared;

namespace Decisions.Assignments;

public enum LightColour { Green, Yellow, Red }

/// <summary>Why the light shows its colour; a reader is told the cause in words, never by the colour alone.</summary>
public enum LightCause { OnTime, Reported, DueSoon, Extended, PartlyReported, Overdue }

/// <param name="Reason">
/// The stated reason the assignment is still open: a partial report's, or an extension's (on a red light, the later of
/// the two), so that a reader of a late assignment sees what was said of it.
/// </param>
public sealed record StatusLight(LightColour Colour, LightCause Cause, string? Reason = null);

/// <summary>From <paramref name="On"/> the assignment had <paramref name="Status"/> and, while open, <paramref name="Light"/>.</summary>
public sealed record StatusLightChange(DateOnly On, AssignmentStatus Status, StatusLight? Light);

/// <summary>
/// The traffic light of an open assignment on a day: röd when it is overdue by <see cref="Deadlines"/>; gul when
/// a partial report left it open, its time was extended, or it falls due within the reminder window; grön otherwise,
/// and once a complete report is in (what remains is the body's move). A finished assignment has no light. The
/// light depends on the day, so it is computed when read and never stored.
/// </summary>
public static class StatusLights
{
    /// <param name="windowDays">The reminder window (see <c>Reminders.ReminderWindow</c>), so reminders and lights agree.</param>
    public static StatusLight? Of(AssignmentState state, DateOnly day, int windowDays)
    {
        if (state.Status.IsFinished()) return null;
        // A view may leave out a report given at a confidential decision, and with it the reason.
        var partial = state.Status == AssignmentStatus.PartlyReported ? state.ReportBacks.LastOrDefault(r => r.Completeness == ReportCompleteness.Partial) : null;
        var partialReason = partial is null ? null : partial.Reason ?? partial.Summary;
        if (Deadlines.IsOverdue(state, day))
            return new(LightColour.Red, LightCause.Overdue, state.Extended is { } e && (partial is null || e.On > partial.On) ? e.Reason : partialReason);
        if (state.Status == AssignmentStatus.Reported) return new(LightColour.Green, LightCause.Reported);
        if (state.Status == AssignmentStatus.PartlyReported) return new(LightColour.Yellow, LightCause.PartlyReported, partialReason);
        if (state.Extended is { } extended) return new(LightColour.Yellow, LightCause.Extended, extended.Reason);
        return state.Due.Effective is { } due && due.DayNumber - day.DayNumber <= windowDays
            ? new(LightColour.Yellow, LightCause.DueSoon)
            : new(LightColour.Green, LightCause.OnTime);
    }

    /// <summary>
    /// Every change of status or light up to <paramref name="today"/>, with the business date it happened. Besides the
    /// days the assignment's events happened, a light changes by the calendar alone: when the due date comes within the
    /// window, and the day after it, so those days of each state are looked at too.
    /// </summary>
    public static IReadOnlyList<StatusLightChange> Changes(IReadOnlyList<Stood<AssignmentState>> timeline, DateOnly today, int windowDays)
    {
        var changes = new List<StatusLightChange>();
        for (var i = 0; i < timeline.Count; i++)
        {
            if (timeline[i].State is not { } state || timeline[i].From > today) continue;
            var (from, until) = (timeline[i].From, i + 1 < timeline.Count ? timeline[i + 1].From : today.AddDays(1));
            DateOnly[] turns = state.Due.Effective is { } due ? [from, due.AddDays(-windowDays), due.AddDays(1)] : [from];
            foreach (var day in turns.Where(d => d >= from && d < until && d <= today).Distinct().Order())
            {
                var change = new StatusLightChange(day, state.Status, Of(state, day, windowDays));
                if (changes.Count == 0 || changes[^1] with { On = day } != change) changes.Add(change);
            }
        }
        return changes;
    }
}
