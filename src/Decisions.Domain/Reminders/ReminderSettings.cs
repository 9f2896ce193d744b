using System.Text.RegularExpressions;

namespace Decisions.Reminders;

/// <summary>Who is reminded for an assignee role of a body ("Kommundirektören", "förvaltningen"): the address that reaches it.</summary>
public sealed record AssigneeContact(string Assignee, string Email);

/// <summary>
/// A body's reminder settings, each a fact on the body's stream. Assignees are roles, rarely persons, so the contact is
/// kept per role as the decisions word it; "Kommundirektören" and "kommundirektören" are one role.
/// </summary>
public sealed partial record ReminderSettings(int DaysBefore, string? SecretaryEmail, IReadOnlyList<AssigneeContact> Contacts)
{
    public static readonly ReminderSettings Default = new(ReminderWindow.DefaultDaysBefore, null, []);

    public const int MaxDaysBefore = 90;

    public string? ContactFor(string assignee) =>
        Contacts.FirstOrDefault(c => SameRole(c.Assignee, assignee))?.Email;

    public ReminderSettings WithContact(string assignee, string? email) => this with
    {
        Contacts = [.. Contacts.Where(c => !SameRole(c.Assignee, assignee)), .. email is null ? [] : new[] { new AssigneeContact(assignee, email) }],
    };

    public static bool SameRole(string a, string b) => string.Equals(RoleKey(a), RoleKey(b), StringComparison.Ordinal);

    static string RoleKey(string role) => Whitespace().Replace(role.Trim(), " ").ToLowerInvariant();

    /// <summary>One address, as a person types it: something@domain.tld, no spaces or lists. The mail server says the rest.</summary>
    public static bool IsEmail(string value) => EmailShape().IsMatch(value.Trim());

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>""]+$")]
    private static partial Regex EmailShape();
}
