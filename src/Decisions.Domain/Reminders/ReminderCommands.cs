namespace Decisions.Reminders;

/// <param name="DaysBefore">1–90; the body's assignments turn yellow within the same window.</param>
public sealed record SetReminderDays(string BodyId, int DaysBefore, DateOnly OccurredOn);

/// <param name="Email">Null or empty removes the secretary.</param>
public sealed record SetSecretaryEmail(string BodyId, string? Email, DateOnly OccurredOn);

/// <param name="Assignee">The role as the decisions name it ("Kommundirektören"); letter case does not matter.</param>
/// <param name="Email">Null or empty removes the contact.</param>
public sealed record SetAssigneeContact(string BodyId, string Assignee, string? Email, DateOnly OccurredOn);
