using Decisions.Bodies;
using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Reminders;

/// <summary>A body's reminder settings: a setting that is already so records nothing.</summary>
public static class ReminderSettingsDecider
{
    public static IReadOnlyList<object> Decide(BodyState? state, SetReminderDays cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        Validation.For(cmd)
            .Check(cmd.DaysBefore is >= 1 and <= ReminderSettings.MaxDaysBefore, nameof(cmd.DaysBefore),
                $"måste vara 1–{ReminderSettings.MaxDaysBefore} dagar (är {cmd.DaysBefore})")
            .ThrowIfInvalid();
        return body.Reminders.DaysBefore == cmd.DaysBefore ? Nothing : Emit(new ReminderDaysSet(body.Id, cmd.DaysBefore, cmd.OccurredOn));
    }

    public static IReadOnlyList<object> Decide(BodyState? state, SetSecretaryEmail cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        var email = Email(Validation.For(cmd), cmd.Email, nameof(cmd.Email));
        return body.Reminders.SecretaryEmail == email ? Nothing : Emit(new SecretaryEmailSet(body.Id, email, cmd.OccurredOn));
    }

    public static IReadOnlyList<object> Decide(BodyState? state, SetAssigneeContact cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        var v = Validation.For(cmd).Required(cmd.Assignee, nameof(cmd.Assignee));
        var email = Email(v, cmd.Email, nameof(cmd.Email));
        var assignee = cmd.Assignee.Trim();
        var current = body.Reminders.Contacts.FirstOrDefault(c => ReminderSettings.SameRole(c.Assignee, assignee));
        // Removing a contact that is not there, or setting one as it stands (in the same wording), records nothing.
        return (current is null && email is null) || (current is not null && current.Email == email && current.Assignee == assignee)
            ? Nothing
            : Emit(new AssigneeContactSet(body.Id, assignee, email, cmd.OccurredOn));
    }

    /// <summary>Empty means none; anything else must be one address.</summary>
    static string? Email(Validation v, string? value, string field)
    {
        var email = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        v.Check(email is null || ReminderSettings.IsEmail(email), field, $"'{email}' är inte en e-postadress (namn@exempel.se)").ThrowIfInvalid();
        return email;
    }
}
