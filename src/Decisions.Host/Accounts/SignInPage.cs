using Decisions.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decisions.Accounts;

/// <summary>Logga in (e-post and lösenord, or the organisation's own sign-in when configured) and logga ut.</summary>
public static class SignInPage
{
    public const string Path = "/logga-in";
    public const string SignOutPath = "/logga-ut";
    public const string ExternalPath = "/logga-in/organisation";

    public static void Map(WebApplication app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet(Path, (HttpContext http, string? returnUrl) => Form(http, returnUrl, null, null));
        pages.MapPost(Path, SignIn).RequireRateLimiting(Protections.SignInLimit);
        pages.MapPost(SignOutPath, async (HttpContext http, SignInManager<User> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/");
        });
        pages.MapGet(ExternalPath, (HttpContext http, string? returnUrl, IOptions<OpenIdConnectSettings> oidc) => oidc.Value.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }, [OpenIdConnectSignIn.Scheme])
            : Layout.NotFound(http, "Inloggning med organisationens konto är inte inställd."));
    }

    static async Task<IResult> SignIn(HttpContext http, SignInManager<User> signIn, IOptions<IdentityOptions> identity)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["epost"].ToString().Trim();
        var returnUrl = form["ReturnUrl"].ToString();
        var result = email.Length == 0 ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(email, form["losenord"].ToString(), isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return Results.Redirect(Local(returnUrl));
        var message = result.IsLockedOut
            ? $"Kontot är spärrat efter för många misslyckade inloggningar. Försök igen om {identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minuter."
            : "Fel e-post eller lösenord.";
        return Form(http, returnUrl, email, message, StatusCodes.Status400BadRequest);
    }

    /// <summary>Only an address on this site: a sign-in link must not be able to send a person elsewhere.</summary>
    static string Local(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] || returnUrl == "/" ? returnUrl : "/";

    static IResult Form(HttpContext http, string? returnUrl, string? email, string? error, int status = StatusCodes.Status200OK)
    {
        var oidc = http.RequestServices.GetRequiredService<IOptions<OpenIdConnectSettings>>().Value;
        return Layout.Page(http, "Logga in", Html.Of($"""
            <h1>Logga in</h1>
            {(error is null ? Html.Empty : Html.Of($"<div class=\"error\" role=\"alert\"><p>{error}</p></div>"))}
            <p class="lead">{(http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Decisions:AnonymousRead", true)
                ? "Läsa i registret kan alla. För att importera, registrera och rätta loggar du in."
                : "Logga in för att läsa i registret, och för att importera, registrera och rätta.")}</p>
            <form method="post" action="{Path}">
            {AntiforgeryField.For(http)}
            <input type="hidden" name="ReturnUrl" value="{Local(returnUrl)}">
            <div class="field"><label for="epost">E-post</label><input id="epost" name="epost" type="email" autocomplete="username" value="{email}" required></div>
            <div class="field"><label for="losenord">Lösenord</label><input id="losenord" name="losenord" type="password" autocomplete="current-password" required></div>
            <p><button type="submit">Logga in</button></p>
            </form>
            {(oidc.Enabled ? Html.Of($"<p><a class=\"button secondary\" href=\"{ExternalPath}?returnUrl={Uri.EscapeDataString(Local(returnUrl))}\">Logga in med {oidc.DisplayName}</a></p>") : Html.Empty)}
            """), status);
    }
}
