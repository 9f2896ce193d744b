using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Decisions.Tests.Infrastructure;

/// <summary>A person at a browser without one: a client that keeps cookies, signs in through the page, and sends forms with their anti-forgery field.</summary>
public static partial class Browsing
{
    /// <summary>Signs in through /logga-in as a browser would; the client keeps the cookie and follows no redirects.</summary>
    public static async Task<HttpClient> SignInAsync(this DecisionsApp app, TestAccount account)
    {
        var client = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostForm("/logga-in", [new("epost", account.Email), new("losenord", account.Password), new("ReturnUrl", "/")]);
        ((int)response.StatusCode).ShouldBe(302, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Fetches the page the form is on (or <paramref name="formPage"/>) for its anti-forgery field, then posts the form with it.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? action);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", AntiforgeryToken(page))]));
    }

    public static string AntiforgeryToken(string page) =>
        TokenField().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page holds no anti-forgery field.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
