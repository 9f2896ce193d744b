using Decisions.Reminders;
using Marten;

namespace Decisions.Bodies;

public static class BodyReminderWindow
{
    /// <summary>The reminder window a body chose for its assignments, which also turns their lights yellow; the default for a body the register does not know.</summary>
    public static async Task<int> OfAsync(IQuerySession session, string bodyId, CancellationToken ct) =>
        (await session.LoadAsync<BodyState>(bodyId, ct))?.Reminders.DaysBefore ?? ReminderWindow.DefaultDaysBefore;
}
