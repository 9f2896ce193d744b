namespace Decisions.Reminders;

/// <summary>How many days before a due date its owner and the body's secretary are reminded; a body may choose its own.
/// The same window turns an open assignment's light yellow, so the light and the reminder never disagree.</summary>
public static class ReminderWindow
{
    public const int DefaultDaysBefore = 7;
}
