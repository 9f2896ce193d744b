using Decisions.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Decisions.Web.Forms;

/// <summary>
/// One input of a form. <paramref name="Claims"/> are the names the domain (or a lookup) gives the fact this input
/// holds ("Report.At", "Reason", the "Decision" a reference did not find): their messages are shown beside it.
/// </summary>
public sealed record Field(
    string Name, string Label, string Type = "text", string? Hint = null, bool Required = false,
    IReadOnlyList<(string Value, string Label)>? Choices = null, IReadOnlyList<string>? Claims = null, string? Default = null)
{
    public bool Owns(string key) =>
        key == Name || (Claims ?? []).Any(c => key == c || key.StartsWith(c + ".", StringComparison.Ordinal) || key.StartsWith(c + "[", StringComparison.Ordinal));
}

/// <summary>A form someone sent that did not go through: what they typed, the messages by field, and a notice above it all.</summary>
public sealed record Attempt(string FormId, IFormCollection Values, IReadOnlyDictionary<string, string[]> Errors, Html? Notice = null);

/// <summary>
/// A form that records one fact, folded into its page under a summary (no script needed to open it). It posts the
/// version of the stream the page was built from, so a change made by someone else meanwhile is noticed.
/// </summary>
public sealed record Form(string Id, string Title, string Action, string Submit, IReadOnlyList<Field> Fields, Html Extra = default)
{
    public const string VersionField = "version";

    public Html Render(HttpContext http, long version, Attempt? attempt)
    {
        var mine = attempt?.FormId == Id ? attempt : null;
        var errors = mine?.Errors ?? new Dictionary<string, string[]>();
        var unclaimed = errors.Where(e => !Fields.Any(f => f.Owns(e.Key))).ToList();
        return Html.Of($"""
            <details class="form" id="{Id}"{Html.When(mine is not null, Html.Of($" open"))}>
            <summary>{Title}</summary>
            <form method="post" action="{Action}">
            {AntiforgeryField.For(http)}
            <input type="hidden" name="{VersionField}" value="{version}">
            {mine?.Notice ?? Html.Empty}
            {Html.When(unclaimed.Count > 0, Html.Of($"<div class=\"error\" role=\"alert\"><ul>{unclaimed.Select(e => Html.Of($"<li>{SwedishMessages.Label(e.Key)}: {string.Join(", ", e.Value)}</li>"))}</ul></div>"))}
            {Fields.Select(f => Input(f, mine, errors))}
            {Extra}
            <p><button type="submit">{Submit}</button></p>
            </form>
            </details>
            """);
    }

    Html Input(Field f, Attempt? attempt, IReadOnlyDictionary<string, string[]> errors)
    {
        var id = $"{Id}-{f.Name}";
        var value = attempt is null ? f.Default : attempt.Values[f.Name].ToString();
        var messages = errors.Where(e => f.Owns(e.Key)).SelectMany(e => e.Value).ToList();
        var described = string.Join(" ", new[] { f.Hint is null ? null : $"{id}-hint", messages.Count == 0 ? null : $"{id}-fel" }.OfType<string>());
        var aria = Html.Of($"{Html.When(described != "", Html.Of($" aria-describedby=\"{described}\""))}{Html.When(messages.Count > 0, Html.Of($" aria-invalid=\"true\""))}{Html.When(f.Required, Html.Of($" required"))}");
        var control = f.Type switch
        {
            "textarea" => Html.Of($"<textarea id=\"{id}\" name=\"{f.Name}\" rows=\"4\"{aria}>{value}</textarea>"),
            "select" => Html.Of($"<select id=\"{id}\" name=\"{f.Name}\"{aria}>{(f.Choices ?? []).Select(c => Html.Of($"<option value=\"{c.Value}\"{Html.When(c.Value == value, Html.Of($" selected"))}>{c.Label}</option>"))}</select>"),
            "list" => Html.Of($"<input id=\"{id}\" name=\"{f.Name}\" list=\"{id}-val\" value=\"{value}\"{aria}><datalist id=\"{id}-val\">{(f.Choices ?? []).Select(c => Html.Of($"<option value=\"{c.Value}\">{c.Label}</option>"))}</datalist>"),
            _ => Html.Of($"<input id=\"{id}\" name=\"{f.Name}\" type=\"{f.Type}\" value=\"{value}\"{aria}>"),
        };
        return Html.Of($"""
            <div class="field"><label for="{id}">{f.Label}</label>{(f.Hint is null ? Html.Empty : Html.Of($"<span class=\"hint\" id=\"{id}-hint\">{f.Hint}</span>"))}{control}{(messages.Count == 0 ? Html.Empty : Html.Of($"<p class=\"field-error\" id=\"{id}-fel\">{string.Join(" ", messages)}</p>"))}</div>
            """);
    }
}

/// <summary>Who sees which forms: the same policies their posts require, so nobody is shown a form they may not send.</summary>
public static class Permissions
{
    public static Task<bool> CanRecord(HttpContext http) => Allows(http, Policies.Record);

    public static Task<bool> CanAdminister(HttpContext http) => Allows(http, Policies.Administer);

    static async Task<bool> Allows(HttpContext http, string policy) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, policy)).Succeeded;
}
