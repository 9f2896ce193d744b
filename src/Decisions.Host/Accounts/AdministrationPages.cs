using Decisions.Organisations;
using Decisions.Shared;
using Decisions.Web;

namespace Decisions.Accounts;

/// <summary>The administrator's page: who has an account and with which role, new accounts, new API tokens, the confidentiality log.</summary>
public static class AdministrationPages
{
    public const string Path = "/admin/anvandare";

    public static void Map(WebApplication app)
    {
        var pages = app.MapGroup(Path).ExcludeFromDescription().RequireAuthorization(Policies.Administer);
        pages.MapGet("", (HttpContext http, UserAccounts accounts) => Page(http, accounts, null));
        pages.MapPost("", AddUser);
        pages.MapPost("/token", AddToken);
        pages.MapPost("/token/aterkalla", async (HttpContext http, UserAccounts accounts) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var revoked = await accounts.RevokeTokenAsync(form["id"].ToString(), CurrentOrganisation.Of(http));
            return await Page(http, accounts, Notice(revoked is null ? "Tokenen fanns inte längre." : $"Tokenen {revoked.Name} är återkallad och fungerar inte längre."));
        });
        pages.MapPost("/ta-bort", async (HttpContext http, UserAccounts accounts) =>
        {
            var id = (await http.Request.ReadFormAsync(http.RequestAborted))["id"].ToString();
            // An administrator cannot remove the account they are signed in with, and so never the last one by mistake.
            if (id == http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value)
                return await Page(http, accounts, Html.Of($"<div class=\"error\" role=\"alert\"><p>Du kan inte ta bort ditt eget konto.</p></div>"), StatusCodes.Status400BadRequest);
            var removed = await accounts.RemoveAsync(id, CurrentOrganisation.Of(http));
            return await Page(http, accounts, Notice(removed switch
            {
                null => "Kontot fanns inte längre.",
                ({ } user, true) => $"{user.DisplayName} ({user.Email}) är borttagen, med sina tokens. Det hen registrerat står kvar i historiken.",
                ({ } user, false) => $"{user.DisplayName} ({user.Email}) arbetar inte längre här. Kontot finns kvar för de andra organisationer hen arbetar i; det hen registrerat här står kvar i historiken.",
            }));
        });
        pages.MapPost("/befintlig", async (HttpContext http, UserAccounts accounts) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            try
            {
                var here = CurrentOrganisation.Of(http);
                var user = await accounts.JoinAsync(form["befintlig-epost"].ToString(), [here], form["befintlig-roll"].ToString());
                return await Page(http, accounts, Notice($"{user.DisplayName} ({user.Email}) arbetar nu också här, som {UserAccounts.RoleName(user.RolesFor(here))}."));
            }
            catch (ValidationFailed invalid)
            {
                return await Page(http, accounts, Error(invalid), StatusCodes.Status400BadRequest);
            }
        });
    }

    static Html Notice(string text) => Html.Of($"<div class=\"notice\" role=\"status\"><p>{text}</p></div>");

    static async Task<IResult> AddUser(HttpContext http, UserAccounts accounts)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var password = form["losenord"].ToString();
        try
        {
            var (user, made) = await accounts.AddAsync(form["epost"].ToString(), form["namn"].ToString(), form["roll"].ToString(), password.Length == 0 ? null : password, [CurrentOrganisation.Of(http)]);
            return await Page(http, accounts, Html.Of($"""
                <div class="notice" role="status"><p>{user.DisplayName} ({user.Email}) har fått ett konto som {UserAccounts.RoleName(user.Roles)}.</p>
                {(made is null ? Html.Empty : Html.Of($"<p>Lösenord, visas bara nu: <code>{made}</code></p>"))}</div>
                """));
        }
        catch (ValidationFailed invalid)
        {
            return await Page(http, accounts, Error(invalid), StatusCodes.Status400BadRequest);
        }
    }

    static async Task<IResult> AddToken(HttpContext http, UserAccounts accounts)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        try
        {
            var user = await accounts.FindAsync(form["token-epost"].ToString(), CurrentOrganisation.Of(http));
            var name = form["token-namn"].ToString() is { Length: > 0 } given ? given : "API";
            var token = await accounts.CreateTokenAsync(user, name, http.User.DisplayName()!);
            return await Page(http, accounts, Html.Of($"""
                <div class="notice" role="status"><p>Ny token "{name}" för {user.DisplayName}, visas bara nu:</p><p><code>{token}</code></p>
                <p>Skicka den som <code>Authorization: Bearer …</code>.</p></div>
                """));
        }
        catch (ValidationFailed invalid)
        {
            return await Page(http, accounts, Error(invalid), StatusCodes.Status400BadRequest);
        }
    }

    static Html Error(ValidationFailed invalid) =>
        Html.Of($"<div class=\"error\" role=\"alert\"><ul>{invalid.Errors.Select(e => Html.Of($"<li><strong>{e.Key}</strong>: {string.Join(" ", e.Value)}</li>"))}</ul></div>");

    static async Task<IResult> Page(HttpContext http, UserAccounts accounts, Html? message, int status = StatusCodes.Status200OK)
    {
        var users = await accounts.ListAsync(CurrentOrganisation.Of(http));
        var rows = new List<Html>();
        foreach (var u in users)
        {
            var tokens = await accounts.TokensAsync(u.Id);
            rows.Add(Html.Of($"""
                <tr><td>{u.DisplayName}</td><td>{u.Email}</td><td>{UserAccounts.RoleName(u.RolesFor(CurrentOrganisation.Of(http)))}</td>
                <td>{tokens.Select(t => Html.Of($"<form method=\"post\" action=\"{Path}/token/aterkalla\">{AntiforgeryField.For(http)}<input type=\"hidden\" name=\"id\" value=\"{t.Id}\">{t.Name} ({Parts.LocalTime(t.CreatedAt)}) <button type=\"submit\" class=\"secondary\" aria-label=\"Återkalla {t.Name} för {u.DisplayName}\">Återkalla</button></form>"))}</td>
                <td><form method="post" action="{Path}/ta-bort">{AntiforgeryField.For(http)}<input type="hidden" name="id" value="{u.Id}"><button type="submit" class="secondary" aria-label="Ta bort {u.DisplayName}" title="Tar bort personen härifrån; kontot tas bort om hen inte arbetar i någon annan organisation">Ta bort</button></form></td></tr>
                """));
        }
        return Layout.Page(http, "Användare", Html.Of($"""
            <h1>Användare</h1>
            {message ?? Html.Empty}
            <table><thead><tr><th>Namn</th><th>E-post</th><th>Roll</th><th>API-token</th><th>Åtgärd</th></tr></thead><tbody>{rows}</tbody></table>
            <h2>Nytt konto</h2>
            <form method="post" action="{Path}">
            {AntiforgeryField.For(http)}
            <div class="controls">
            {Parts.Field("epost", "E-post", null, "email", required: true)}
            {Parts.Field("namn", "Namn", null, hint: "visas i historiken som den som registrerat", required: true)}
            <div class="field"><label for="roll">Roll</label><select id="roll" name="roll"><option value="registrator">registrator</option><option value="admin">administratör</option><option value="läsare">läsare</option></select></div>
            {Parts.Field("losenord", "Lösenord", null, "password", hint: "minst 10 tecken; lämna tomt så skapas ett")}
            </div>
            <p><button type="submit">Skapa konto</button></p>
            </form>
            <h2>Befintlig person</h2>
            <p>En person som redan har ett konto i en annan organisation i registret får arbeta här också, med samma lösenord och den roll du ger hen här.</p>
            <form method="post" action="{Path}/befintlig">
            {AntiforgeryField.For(http)}
            <div class="controls">
            {Parts.Field("befintlig-epost", "Kontots e-post", null, "email", required: true)}
            <div class="field"><label for="befintlig-roll">Roll här</label><select id="befintlig-roll" name="befintlig-roll"><option value="läsare">läsare</option><option value="registrator">registrator</option><option value="admin">administratör</option></select></div>
            </div>
            <p><button type="submit">Ge tillgång här</button></p>
            </form>
            <h2>Ny API-token</h2>
            <form method="post" action="{Path}/token">
            {AntiforgeryField.For(http)}
            <div class="controls">
            {Parts.Field("token-epost", "Kontots e-post", null, "email", required: true)}
            {Parts.Field("token-namn", "Tokenens namn", null, hint: "t.ex. integrationens namn")}
            </div>
            <p><button type="submit">Skapa token</button></p>
            </form>
            <p><a href="/admin/sekretesslogg">Sekretessloggen</a> · <a href="{ConfidentialItems.Path}">Sekretessmarkerade beslut och uppdrag</a>{(CurrentOrganisation.Of(http) == OrganisationIds.Default ? Html.Of($" · <a href=\"{OrganisationsPage.Path}\">Organisationer</a>") : Html.Empty)}</p>
            """), status);
    }
}
