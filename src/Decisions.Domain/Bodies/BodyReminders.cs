using Decisions.Reminders;

namespace Decisions.Bodies;

/// <summary>A body's reminder settings, kept apart from its members and meetings: only reminders and the status light read them.</summary>
public sealed partial record BodyState
{
    public ReminderSettings Reminders { get; init; } = ReminderSettings.Default;

    public BodyState Evolve(ReminderDaysSet e) => this with { Reminders = Reminders with { DaysBefore = e.DaysBefore } };

    public BodyState Evolve(SecretaryEmailSet e) => this with { Reminders = Reminders with { SecretaryEmail = e.Email } };

    public BodyState Evolve(AssigneeContactSet e) => this with { Reminders = Reminders.WithContact(e.Assignee, e.Email) };
}
