using System.Text;
using Decisions.Accounts;

namespace Decisions.Web;

/// <summary>The frame every page shares: language, landmarks, a skip link, the navigation and one stylesheet.</summary>
public static class Layout
{
    static readonly (string Path, string Label)[] Navigation =
        [("/", "Start"), ("/beslut", "Beslutsregister"), ("/forsenade", "Försenade uppdrag"), (NationalPage.Path, "Alla organisationer"), ("/import", "Importera")];

    /// <param name="head">What a page adds to the head, such as the address of its feed.</param>
    public static IResult Page(HttpContext http, string title, Html main, int status = StatusCodes.Status200OK, Html head = default)
    {
        var path = http.Request.Path.Value ?? "/";
        var navigation = Navigation.Select(n => Html.Of(
            $"<li><a href=\"{n.Path}\"{Html.When(IsCurrent(path, n.Path), Html.Of($" aria-current=\"page\""))}>{n.Label}</a></li>"));
        var page = Html.Of($"""
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} – Beslutsregistret</title>
            <link rel="stylesheet" href="{SiteFiles.StylesheetPath}">
            {head}
            </head>
            <body>
            <a class="skip" href="#innehall">Hoppa till innehållet</a>
            <header class="site">
            <p class="brand"><a href="/">Beslutsregistret{OrganisationName(http)}</a></p>
            <nav aria-label="Huvudmeny"><ul>{navigation}</ul></nav>
            {Account(http)}
            </header>
            <main id="innehall" tabindex="-1">
            {FollowUpNotice.Render(http)}
            {main}
            </main>
            <footer class="site"><p>Beslut, uppdrag och återrapporteringar i regioner och kommuner. Datum skrivs ÅÅÅÅ-MM-DD.</p></footer>
            </body>
            </html>
            """);
        return Results.Text(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Who is signed in, with a way out; or a way in that comes back to this page.</summary>
    static Html Account(HttpContext http)
    {
        if (http.User.DisplayName() is not { } name)
            return http.Request.Path.StartsWithSegments(SignInPage.Path) ? Html.Empty : Html.Of($"""
                <p class="account"><a href="{SignInPage.Path}?ReturnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}">Logga in</a></p>
                """);
        var administrator = http.User.IsInRole(Roles.Administrator);
        return Html.Of($"""
            <form class="account" method="post" action="{SignInPage.SignOutPath}">{AntiforgeryField.For(http)}
            <span>Inloggad som <strong class="signed-in">{name}</strong></span>
            {Html.When(administrator, Html.Of($"<a href=\"{AdministrationPages.Path}\">Administration</a>"))}
            <button type="submit" class="secondary">Logga ut</button></form>
            """);
    }

    /// <summary>What a visitor sees for an unknown case, meeting or address: in Swedish, with a way back.</summary>
    /// <summary>An organisation added beside the first says whose register this is; the first, alone as before, says nothing.</summary>
    static string OrganisationName(HttpContext http) =>
        http.Features.Get<Organisations.OrganisationFeature>()?.Organisation is { Id: not Organisations.OrganisationIds.Default } added ? $" · {added.Name}" : "";

    public static IResult NotFound(HttpContext http, string what) => Page(http, "Hittades inte", Html.Of($"""
        <h1>Hittades inte</h1>
        <p>{what}</p>
        <p><a href="/beslut">Sök i beslutsregistret</a> eller gå till <a href="/">startsidan</a>.</p>
        """), StatusCodes.Status404NotFound);

    static bool IsCurrent(string path, string item) =>
        item == "/" ? path == "/" : path.StartsWith(item, StringComparison.Ordinal);
}
