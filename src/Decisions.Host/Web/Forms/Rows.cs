namespace Decisions.Web.Forms;

/// <summary>
/// A list edited as plain form rows: every row can be changed or ticked "ta bort", and empty rows at the end take
/// additions, so a list is edited without script. Inputs are named "{prefix}-{row}-{column}".
/// </summary>
public static class Rows
{
    public const int Spare = 2;

    public static string Name(string prefix, int row, string column) => $"{prefix}-{row}-{column}";

    /// <summary>The rows as the form last held them: posted values when re-shown, otherwise the facts plus <see cref="Spare"/> empty rows.</summary>
    public static Html Table(string prefix, string caption, IReadOnlyList<(string Key, string Label)> columns,
        IEnumerable<IReadOnlyList<string?>> facts, IFormCollection? posted, IReadOnlyDictionary<string, IReadOnlyList<(string Value, string Label)>>? choices = null)
    {
        var rows = posted is null
            ? [.. facts, .. Enumerable.Repeat<IReadOnlyList<string?>>(new string?[columns.Count], Spare)]
            : Raw(posted, prefix, columns).Select(r => r.Values).ToList();
        return Html.Of($"""
            <table class="rows">
            <caption>{caption}</caption>
            <thead><tr>{columns.Select(c => Html.Of($"<th scope=\"col\">{c.Label}</th>"))}<th scope="col">Ta bort</th></tr></thead>
            <tbody>{rows.Select((r, i) => Html.Of($"""
                <tr>{columns.Select((c, j) => Html.Of($"<td>{Cell(Name(prefix, i, c.Key), $"{caption}, rad {i + 1}: {c.Label}", r[j], choices?.GetValueOrDefault(c.Key))}</td>"))}<td><input type="checkbox" name="{Name(prefix, i, "bort")}" aria-label="{caption}, rad {i + 1}: ta bort"{Html.When(posted is not null && posted[Name(prefix, i, "bort")].Count > 0, Html.Of($" checked"))}></td></tr>
                """))}</tbody>
            </table>
            <input type="hidden" name="{prefix}-antal" value="{rows.Count}">
            """);
    }

    // A choice starts empty, so an empty spare row stays empty and is not taken for an addition.
    static Html Cell(string name, string label, string? value, IReadOnlyList<(string Value, string Label)>? choices) => choices is null
        ? Html.Of($"<input name=\"{name}\" value=\"{value}\" aria-label=\"{label}\">")
        : Html.Of($"<select name=\"{name}\" aria-label=\"{label}\"><option value=\"\"></option>{choices.Select(c => Html.Of($"<option value=\"{c.Value}\"{Html.When(c.Value == value, Html.Of($" selected"))}>{c.Label}</option>"))}</select>");

    /// <summary>The rows kept: neither ticked "ta bort" nor left empty; values trimmed, blank as null.</summary>
    public static IReadOnlyList<(int Row, IReadOnlyList<string?> Values)> Read(IFormCollection form, string prefix, IReadOnlyList<(string Key, string Label)> columns) =>
        [.. Raw(form, prefix, columns).Where(r => !r.Removed && r.Values.Any(v => v is not null)).Select(r => (r.Row, r.Values))];

    static IEnumerable<(int Row, IReadOnlyList<string?> Values, bool Removed)> Raw(IFormCollection form, string prefix, IReadOnlyList<(string Key, string Label)> columns)
    {
        var count = int.TryParse(form[$"{prefix}-antal"], out var n) ? Math.Clamp(n, 0, 1000) : 0;
        for (var i = 0; i < count; i++)
            yield return (i, [.. columns.Select(c => string.IsNullOrWhiteSpace(form[Name(prefix, i, c.Key)]) ? null : form[Name(prefix, i, c.Key)].ToString().Trim())],
                form[Name(prefix, i, "bort")].Count > 0);
    }
}
