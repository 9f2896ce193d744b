using System.Globalization;
using Decisions.Shared;

namespace Decisions.Web.Forms;

/// <summary>
/// Reads a posted form into a command's values, collecting every unreadable or missing field under the form's own
/// field name before anything runs, so a person sees all of them at once beside the fields.
/// </summary>
public sealed class FormReader(IFormCollection form)
{
    readonly Dictionary<string, List<string>> errors = [];

    public IFormCollection Values => form;

    public string? Text(string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();

    public string Required(string name)
    {
        var text = Text(name);
        if (text is null) Fail(name, "måste fyllas i");
        return text ?? "";
    }

    public DateOnly? Date(string name)
    {
        if (Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(name, $"'{text}' är inte ett datum (ÅÅÅÅ-MM-DD)");
        return null;
    }

    public DateOnly RequiredDate(string name)
    {
        if (Text(name) is null) Fail(name, "måste fyllas i (ÅÅÅÅ-MM-DD)");
        return Date(name) ?? default;
    }

    public TimeOnly? Time(string name)
    {
        if (Text(name) is not { } text) return null;
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        Fail(name, $"'{text}' är inte en tid (tt:mm)");
        return null;
    }

    public int? Number(string name)
    {
        if (Text(name) is not { } text) return null;
        if (int.TryParse(text.TrimStart('§').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
        Fail(name, $"'{text}' är inte ett paragrafnummer");
        return null;
    }

    /// <summary>A share in whole percent, 0–100, written with or without the sign ("40", "40 %").</summary>
    public int? Percent(string name)
    {
        if (Text(name) is not { } text) return null;
        if (int.TryParse(text.TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100) return n;
        Fail(name, $"'{text}' är inte en andel mellan 0 och 100 procent");
        return null;
    }

    /// <summary>One line a clause (att-sats); blank lines are spacing, not clauses.</summary>
    public IReadOnlyList<string> Lines(string name) =>
        [.. (Text(name) ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>A decision named as people name it (organ, sammanträdesdatum, §), as the register's id; null when none of the three is filled in.</summary>
    public string? Decision(string organ, string date, string paragraph, bool required)
    {
        var (body, on, number) = (Text(organ), Date(date), Number(paragraph));
        if (body is null && Text(date) is null && Text(paragraph) is null && !required) return null;
        if (body is null) Fail(organ, "måste fyllas i");
        if (Text(date) is null) Fail(date, "måste fyllas i (ÅÅÅÅ-MM-DD)");
        if (Text(paragraph) is null) Fail(paragraph, "måste fyllas i");
        return body is null || on is null || number is null ? null : StreamIds.Decision(StreamIds.Meeting(StreamIds.Body(body), on.Value), number.Value);
    }

    public bool Checked(string name) => form[name].Any(v => v is "on" or "true" or "1");

    public void Fail(string name, string message)
    {
        if (!errors.TryGetValue(name, out var list)) errors[name] = list = [];
        // A field read twice (a date that is both the report's day and its meeting's) is still one message.
        if (!list.Contains(message)) list.Add(message);
    }

    public void ThrowIfInvalid()
    {
        if (errors.Count > 0) throw new ValidationFailed(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
