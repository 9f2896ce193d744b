using System.Net;
using System.Text.RegularExpressions;

namespace Decisions.Tests.Web;

/// <summary>Sends a page's form as a browser would: the hidden fields the page gave it (version, anti-forgery token) plus what the person typed.</summary>
public static partial class FormClient
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formId, params (string Name, string Value)[] typed)
    {
        var page = await WebPageTests.Html(client, pageUrl);
        var form = FormMarkup(formId).Match(page);
        form.Success.ShouldBeTrue($"{pageUrl} has no form '{formId}'");
        var action = WebUtility.HtmlDecode(form.Groups["action"].Value);
        var body = form.Groups["body"].Value;
        // What the page already holds goes with the form, as a browser sends it; what the person typed replaces it.
        var held = Input().Matches(body).Where(m => !m.Value.Contains("type=\"checkbox\"") || m.Value.Contains(" checked"))
            .Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(TextArea().Matches(body).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))))
            .Concat(Selected().Matches(body).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))))
            .Where(f => typed.All(t => t.Name != f.Item1));
        return await client.PostAsync(action, new FormUrlEncodedContent(
            held.Concat(typed).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
    }

    /// <summary>The page shown again instead of a redirect, with the status that says why.</summary>
    public static async Task<string> ShownAgainAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, page);
        return page;
    }

    /// <summary>The version a form on the page carries: what the page was built on.</summary>
    public static string VersionIn(string page, string formId) =>
        Regex.Match(FormMarkup(formId).Match(page).Groups["body"].Value, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

    public static async Task<string> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await WebPageTests.Html(client, response.Headers.Location!.OriginalString);
    }

    static Regex FormMarkup(string formId) =>
        new($"<details class=\"form\" id=\"{Regex.Escape(formId)}\"[^>]*>.*?<form method=\"post\" action=\"(?<action>[^\"]+)\">(?<body>.*?)</form>", RegexOptions.Singleline);

    [GeneratedRegex("<input [^>]*name=\"(?<name>[^\"]+)\"[^>]* value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea [^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select [^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"(?<value>[^\"]*)\" selected>", RegexOptions.Singleline)]
    private static partial Regex Selected();
}
