using Decisions.Web;
using Microsoft.AspNetCore.Mvc;

namespace Decisions.Accounts;

/// <summary>
/// What a person who may not do something is told: the API answers with a problem in Swedish (401 or 403), a web
/// page sends an anonymous visitor to the sign-in page and tells a signed-in one that the role is missing.
/// </summary>
public static class Answers
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task Problem(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        if (!IsApi(http.Request) && status == StatusCodes.Status403Forbidden)
            return Forbidden(http).ExecuteAsync(http);
        var problem = status == StatusCodes.Status401Unauthorized
            ? new ProblemDetails { Status = status, Title = "Inloggning krävs.", Detail = "Logga in, eller skicka en giltig token i Authorization: Bearer, för att ändra i registret." }
            : new ProblemDetails { Status = status, Title = "Behörighet saknas.", Detail = Organisations.Membership.IsOutsider(http.User)
                ? "Du hör inte till den här organisationens register och kan bara läsa det som är offentligt."
                : "Din roll får inte göra detta. Registrator krävs för att registrera och rätta, administratör för sekretess och användare." };
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }

    public static IResult Forbidden(HttpContext http) => Layout.Page(http, "Behörighet saknas", Html.Of($"""
        <h1>Behörighet saknas</h1>
        {(Organisations.Membership.IsOutsider(http.User)
            ? Html.Of($"<p>Du är inloggad som {http.User.DisplayName()}, men hör inte till den här organisationens register och kan bara läsa det som är offentligt.</p>")
            : Html.Of($"<p>Du är inloggad som {http.User.DisplayName()}, men din roll får inte göra detta. Att registrera, importera och rätta kräver rollen registrator; sekretess och användare kräver administratör.</p>"))}
        <p><a href="/">Till startsidan</a></p>
        """), StatusCodes.Status403Forbidden);
}
