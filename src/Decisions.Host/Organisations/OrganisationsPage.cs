using Decisions.Accounts;
using Decisions.Shared;
using Decisions.Web;

namespace Decisions.Organisations;

/// <summary>
/// The administrator's page of organisations: who has a register here, and a new one. Only on the register's first
/// organisation, whose database is the master: an administrator of another organisation manages that one alone.
/// </summary>
public static class OrganisationsPage
{
    public const string Path = "/admin/organisationer";

    public static void Map(WebApplication app)
    {
        var page = app.MapGroup(Path).ExcludeFromDescription().RequireAuthorization(Policies.Administer);
        page.MapGet("", (HttpContext http, OrganisationDirectory directory) => Page(http, directory, null));
        page.MapPost("", Add);
    }

    static async Task<IResult> Add(HttpContext http, OrganisationDirectory directory)
    {
        if (!OnMaster(http)) return Answers.Forbidden(http);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        try
        {
            var hosts = form["vardnamn"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var added = await directory.AddAsync(form["id"].ToString(), form["namn"].ToString(), form["anslutning"].ToString(), hosts, http.RequestAborted);
            return await Page(http, directory, Html.Of($"""
                <div class="notice" role="status"><p>{added.Name} ({added.Id}) har ett eget register. Ge personer tillgång med
                <code>users add E-POST --organisation {added.Id}</code>, eller som administratör där på {AdministrationPages.Path}.</p></div>
                """));
        }
        catch (ValidationFailed invalid)
        {
            return await Page(http, directory, Html.Of($"<div class=\"error\" role=\"alert\"><ul>{invalid.Errors.Select(e => Html.Of($"<li><strong>{e.Key}</strong>: {string.Join(" ", e.Value)}</li>"))}</ul></div>"),
                StatusCodes.Status400BadRequest);
        }
    }

    static bool OnMaster(HttpContext http) => CurrentOrganisation.Of(http) == OrganisationIds.Default;

    static async Task<IResult> Page(HttpContext http, OrganisationDirectory directory, Html? message, int status = StatusCodes.Status200OK)
    {
        if (!OnMaster(http)) return Answers.Forbidden(http);
        var organisations = await directory.ListAsync(http.RequestAborted);
        var host = http.Request.Host.Host;
        return Layout.Page(http, "Organisationer", Html.Of($"""
            <h1>Organisationer</h1>
            {message ?? Html.Empty}
            <p>Varje organisation har ett eget register i en egen databas. Den väljs av värdnamnet: de som anges för den, eller
            organisationens id först i registrets värdnamn (<code>id.{host}</code>).</p>
            <table><thead><tr><th>Id</th><th>Namn</th><th>Värdnamn</th></tr></thead><tbody>
            {organisations.Select(o => Html.Of($"<tr><td>{(o.Id == OrganisationIds.Default ? "(första)" : o.Id)}</td><td>{o.Name}</td><td>{(o.Id == OrganisationIds.Default ? "alla andra" : string.Join(", ", [.. o.Hosts, $"{o.Id}.{host}"]))}</td></tr>"))}
            </tbody></table>
            <h2>Ny organisation</h2>
            <form method="post" action="{Path}">
            {AntiforgeryField.For(http)}
            <div class="controls">
            {Parts.Field("id", "Id", null, hint: "små bokstäver a–z, siffror och bindestreck, t.ex. vasteras", required: true)}
            {Parts.Field("namn", "Namn", null, hint: "t.ex. Västerås stad", required: true)}
            {Parts.Field("vardnamn", "Värdnamn", null, hint: "valfritt, kommaseparerade, t.ex. beslut.vasteras.se")}
            {Parts.Field("anslutning", "Anslutning", null, hint: "valfritt: en befintlig databas; annars skapas en på registrets server")}
            </div>
            <p><button type="submit">Lägg till organisation</button></p>
            </form>
            """), status);
    }
}
