using System.Security.Cryptography;
using Decisions.Shared;

namespace Decisions.Web;

/// <summary>
/// Maps the web pages, the stylesheet and the Swedish answers for what is missing or malformed. The pages stay out
/// of the OpenAPI document, which describes the JSON API.
/// </summary>
public static class SiteFiles
{
    static readonly byte[] Stylesheet = Resource("Web/site.css");

    /// <summary>The content's hash is in the address, so browsers may keep the file for as long as they like.</summary>
    public static readonly string StylesheetPath = $"/site.css?v={Convert.ToHexStringLower(SHA256.HashData(Stylesheet))[..12]}";

    public static byte[] Resource(string name)
    {
        using var stream = typeof(SiteFiles).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The host was built without its resource {name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    public static void MapDecisionsWeb(this WebApplication app)
    {
        app.MapGet("/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(Stylesheet, "text/css; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();

        var web = app.MapGroup("").ExcludeFromDescription().AddEndpointFilter(SwedishErrors).AddEndpointFilter(FollowUpNotice.Count);
        StartPage.Map(web);
        RegisterPage.Map(web);
        CasePage.Map(web);
        OverduePage.Map(web);
        NationalPage.Map(web);
        AssignmentPage.Map(web);
        StandingListPage.Map(web);
        MeetingPage.Map(web);
        ImportPage.Map(web);
        Reminders.ReminderSettingsPage.Map(web);
        Feeds.FeedPages.Map(web);

        // An address nobody serves gets a page a person can read; the API keeps its own 404.
        app.MapFallback((HttpContext http) => http.Request.Path.StartsWithSegments("/api")
            ? Results.NotFound()
            : Layout.NotFound(http, "Det finns ingen sida på den här adressen."));
    }

    static async ValueTask<object?> SwedishErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (NotFound missing)
        {
            return Layout.NotFound(context.HttpContext, missing.Thing switch
            {
                "Case" => $"Ärendet {missing.Id} finns inte i registret.",
                "Meeting" => $"Sammanträdet {missing.Id} finns inte i registret.",
                "Assignment" => $"Uppdraget {missing.Id} finns inte i registret.",
                _ => $"{missing.Id} finns inte i registret.",
            });
        }
        catch (ValidationFailed invalid)
        {
            return Layout.Page(context.HttpContext, "Felaktig uppgift", Html.Of($"""
                <h1>Felaktig uppgift</h1>
                <div class="error" role="alert"><ul>{invalid.Errors.Select(e => Html.Of($"<li><strong>{e.Key}</strong>: {string.Join(", ", e.Value)}</li>"))}</ul></div>
                <p>Rätta uppgiften och försök igen, eller gå till <a href="/">startsidan</a>.</p>
                """), StatusCodes.Status400BadRequest);
        }
    }
}
