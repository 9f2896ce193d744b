using Decisions.Events;

namespace Decisions.Reminders;

/// <summary>On the body's stream: how many days before a due date its assignees and secretary are reminded.</summary>
public sealed record ReminderDaysSet(string BodyId, int DaysBefore, DateOnly OccurredOn) : IDomainEvent;

/// <summary>On the body's stream: the body's secretary (nämndsekreterare), reminded of every assignment it gave; null removes it.</summary>
public sealed record SecretaryEmailSet(string BodyId, string? Email, DateOnly OccurredOn) : IDomainEvent;

/// <summary>On the body's stream: where an assignee role of the body's assignments is reminded; null removes it.</summary>
public sealed record AssigneeContactSet(string BodyId, string Assignee, string? Email, DateOnly OccurredOn) : IDomainEvent;

public enum ReminderKind { Before, DueDay }

/// <summary>
/// On the assignment's reminder stream (<see cref="ReminderLog.StreamId"/>): the reminder of this kind for this due
/// date went out, on <paramref name="OccurredOn"/>, recorded by the register itself. What keeps a reminder to once, also
/// when a stale scheduled message or a restarted host asks again.
/// </summary>
/// <param name="Recipients">The e-mail addresses it went to.</param>
/// <param name="Webhooks">How many webhook receivers were told; none for an assignment under sekretess.</param>
public sealed record ReminderSent(
    string AssignmentId, ReminderKind Kind, DateOnly DueDate, IReadOnlyList<string> Recipients, int Webhooks, DateOnly OccurredOn) : IDomainEvent;
