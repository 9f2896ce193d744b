using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Decisions.Assignments;

namespace Decisions.Reminders;

/// <summary>What a reminder is about: the assignment as it stands, the reminder, and the day it goes out.</summary>
public sealed record ReminderSubject(AssignmentState Assignment, PlannedReminder Reminder, string GivingBody, DateOnly Today, bool Confidential)
{
    public int DaysLeft => ReminderPlan.DaysLeft(Reminder, Today);

    /// <summary>One id per reminder, the same in every delivery and retry of it, so a receiver can tell a repeat.</summary>
    public string Id => $"{Assignment.Id}/{(Reminder.Kind == ReminderKind.Before ? "before" : "due-day")}/{ReminderText.Iso(Reminder.DueDate)}";
}

/// <summary>A reminder's webhook body. Never made for an assignment under sekretess.</summary>
public sealed record ReminderWebhook(
    string Id, string Type, ReminderKind Kind, string AssignmentId, string DecisionId, string? CaseNumber, string GivingBodyId, string GivingBody,
    string Assignee, string Task, DateOnly DueDate, string DueText, int DaysLeft, AssignmentStatus Status, DateOnly SentOn, string? Url);

/// <summary>The Swedish words of a reminder, and its webhook body.</summary>
public static class ReminderText
{
    /// <summary>camelCase, enums by name, and Swedish letters as they are: the body goes to programs, never into a page.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() }, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// To the assignee's contact, with the body's secretary as a copy; to the secretary alone, saying so, when the assignee
    /// role has no address. None when neither has one. An assignment under sekretess is named by its id only: the mail
    /// leaves the register, so its task and case stay behind the sign-in.
    /// </summary>
    public static DeliverReminderMail? Mail(ReminderSubject s, ReminderSettings settings, string? registerUrl)
    {
        var a = s.Assignment;
        var contact = settings.ContactFor(a.Assignee);
        var secretary = settings.SecretaryEmail is { } sec && !string.Equals(sec, contact, StringComparison.OrdinalIgnoreCase) ? sec : null;
        if (contact is null && secretary is null) return null;

        var when = s.Reminder.Kind == ReminderKind.DueDay || s.DaysLeft == 0
            ? $"i dag, {Iso(s.Reminder.DueDate)}"
            : $"om {s.DaysLeft} {(s.DaysLeft == 1 ? "dag" : "dagar")}, {Iso(s.Reminder.DueDate)}";
        var subject = s.Confidential
            ? $"Påminnelse: uppdrag under sekretess ska redovisas {when}"
            : $"Påminnelse: {a.Assignee} ska redovisa uppdrag {when}";
        var text = new StringBuilder();
        text.AppendLine("Hej!").AppendLine();
        if (contact is null)
            text.AppendLine($"Uppdragstagaren \"{a.Assignee}\" har ingen e-postadress i {s.GivingBody}s påminnelseinställningar, så påminnelsen går bara till sekreteraren.")
                .AppendLine();
        if (s.Confidential)
        {
            text.AppendLine($"Ett uppdrag som {s.GivingBody} har gett och som omfattas av sekretess ska redovisas {when}.")
                .AppendLine($"Uppdrag: {a.Id}")
                .AppendLine("Uppdraget och ärendet står inte i det här brevet. Logga in i beslutsregistret för att läsa dem.");
            if (Link(registerUrl, "/sekretess") is { } link) text.AppendLine($"Sekretess: {link}");
        }
        else
        {
            text.AppendLine($"{a.Assignee} ska redovisa ett uppdrag {when}.").AppendLine()
                .AppendLine($"Uppdrag: {a.Task}")
                .AppendLine($"Uppdragstagare: {a.Assignee}")
                .AppendLine($"Givet av: {s.GivingBody}, {Iso(a.Given.OccurredOn)} ({a.Given.DecisionId})");
            if (a.Given.CaseNumber is { } caseNumber) text.AppendLine($"Ärende: {caseNumber}");
            text.AppendLine($"Tid för redovisning: {a.Due.Text} ({Iso(s.Reminder.DueDate)})");
            if (a.Status == AssignmentStatus.PartlyReported) text.AppendLine("Läge: delvis redovisat; uppdraget är inte slutfört.");
            if (Link(registerUrl, $"/uppdrag/{Uri.EscapeDataString(a.Id)}") is { } link) text.AppendLine($"I registret: {link}");
        }
        text.AppendLine().AppendLine("Påminnelsen kommer från beslutsregistret; den skickas en gång före tiden och en gång på dagen.");

        string[] to = contact is null ? [secretary!] : [contact];
        string[] cc = contact is null || secretary is null ? [] : [secretary];
        return new DeliverReminderMail(s.Id, to, cc, subject, text.ToString());
    }

    public static ReminderWebhook Webhook(ReminderSubject s, string? registerUrl)
    {
        var a = s.Assignment;
        return new ReminderWebhook(s.Id, "assignment.reminder", s.Reminder.Kind, a.Id, a.Given.DecisionId, a.Given.CaseNumber, a.Given.GivingBodyId,
            s.GivingBody, a.Assignee, a.Task, s.Reminder.DueDate, a.Due.Text, s.DaysLeft, a.Status, s.Today,
            Link(registerUrl, $"/uppdrag/{Uri.EscapeDataString(a.Id)}"));
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string? Link(string? registerUrl, string path) =>
        string.IsNullOrWhiteSpace(registerUrl) ? null : registerUrl.TrimEnd('/') + path;
}
