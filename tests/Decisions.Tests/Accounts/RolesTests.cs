using System.Net;
using System.Text;
using System.Text.Json;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Accounts;

/// <summary>Who may write: nobody anonymous, not a reader, a registrator everything but sekretess, an administrator all of it.</summary>
public class RolesTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    /// <summary>Every POST the host maps, read from its routing table, so a new endpoint is covered the day it is added.</summary>
    IReadOnlyList<string> Writes(bool api) => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
        // A route with parameters (a form on an assignment's or a meeting's page) is tried with a value in each.
        .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]*\}", "1"))
        .Where(p => p.StartsWith("/api/") == api && p is not ("/logga-in" or "/logga-ut"))
        .Distinct().Order().ToList();

    [Fact]
    public async Task Every_anonymous_api_write_is_401_with_a_problem_in_Swedish()
    {
        app.CreateClient(); // the host is started, and its endpoints mapped
        var writes = Writes(api: true);
        writes.ShouldContain("/api/decisions/confidential");
        writes.ShouldContain("/api/imports");
        writes.Count.ShouldBeGreaterThan(20);
        var anonymous = app.CreateAnonymousClient();
        foreach (var path in writes)
        {
            var response = await anonymous.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("title").GetString().ShouldBe("Inloggning krävs.", path);
        }
    }

    [Fact]
    public async Task Every_anonymous_web_write_and_the_import_page_send_the_visitor_to_the_sign_in_page()
    {
        app.CreateClient();
        var writes = Writes(api: false);
        writes.ShouldContain("/import/bekrafta");
        var anonymous = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in writes.Append("/import"))
        {
            var response = path == "/import" ? await anonymous.GetAsync(path)
                : await anonymous.PostAsync(path, new FormUrlEncodedContent([new("token", "x")]));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().ShouldContain($"/logga-in?ReturnUrl={Uri.EscapeDataString(path)}", Case.Sensitive, path);
        }
    }

    [Fact]
    public async Task A_reader_may_read_but_not_write_by_token_or_by_form()
    {
        var reader = await app.CreateAccountAsync("lasare@exempel.se", "Lars Läsare", "läsare");
        var api = app.CreateClient(reader);
        (await api.GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var write = await api.Send("/api/bodies", new RegisterBody("Kommunfullmäktige", BodyKind.Fullmaktige, null, new DateOnly(2024, 1, 1)));
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonDocument.Parse(await write.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString().ShouldBe("Behörighet saknas.");

        var browser = await app.SignInAsync(reader);
        var form = await browser.PostForm("/import/bekrafta", [new("token", "x"), new("atgard", "importera")], formPage: "/");
        form.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await form.Content.ReadAsStringAsync()).ShouldContain("Du är inloggad som Lars Läsare, men din roll får inte göra detta.");
    }

    [Fact]
    public async Task Sekretess_is_for_administrators_a_registrator_gets_403()
    {
        await EconomyStory.AppendAsync(app.Services.GetRequiredService<IDocumentStore>());
        var command = new MarkDecisionConfidential(EconomyStory.D45, "Offentlighets- och sekretesslagen 21 kap. 1 §", EconomyStory.April18);
        (await app.CreateClient().Send("/api/decisions/confidential", command)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await app.CreateAccountAsync("admin-roller@exempel.se", "Ada Administratör", "admin");
        await app.CreateClient(admin).Accept("/api/decisions/confidential", command);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(EconomyStory.D45);
        events.Last().UserName.ShouldBe("Ada Administratör");
    }

    [Fact]
    public async Task An_administrator_makes_accounts_and_tokens_on_the_page_and_revokes_and_removes_them()
    {
        var admin = await app.CreateAccountAsync("admin-sidan@exempel.se", "Agnes Administratör", "admin");
        var browser = await app.SignInAsync(admin);
        var made = await browser.PostForm("/admin/anvandare", [new("epost", "ny-registrator@exempel.se"), new("namn", "Nils Ny"), new("roll", "registrator"), new("losenord", "")]);
        var page = await made.Content.ReadAsStringAsync();
        page.ShouldContain("Nils Ny (ny-registrator@exempel.se) har fått ett konto som registrator.");
        page.ShouldContain("Lösenord, visas bara nu:");

        page = await (await browser.PostForm("/admin/anvandare/token", [new("token-epost", "ny-registrator@exempel.se"), new("token-namn", "diariet")], formPage: "/admin/anvandare")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(page, "<code>(dec_[^<]+)</code>").Groups[1].Value;
        var api = app.CreateClient(new TestAccount("ny-registrator@exempel.se", "Nils Ny", "", token));
        await api.Accept("/api/bodies", new RegisterBody("Byggnadsnämnden", BodyKind.Namnd, null, new DateOnly(2024, 1, 1)));

        var tokenId = System.Text.RegularExpressions.Regex.Match(page, "action=\"/admin/anvandare/token/aterkalla\">[^>]+>\\s*<input type=\"hidden\" name=\"id\" value=\"([0-9a-f]{64})\">diariet").Groups[1].Value;
        tokenId.ShouldNotBeEmpty();
        (await (await browser.PostForm("/admin/anvandare/token/aterkalla", [new("id", tokenId)], formPage: "/admin/anvandare")).Content.ReadAsStringAsync())
            .ShouldContain("Tokenen diariet är återkallad");
        (await api.GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var reader = await app.CreateAccountAsync("bort@exempel.se", "Bo Bort", "läsare");
        var userId = System.Text.RegularExpressions.Regex.Match(await browser.GetStringAsync("/admin/anvandare"), "name=\"id\" value=\"([0-9a-f]{32})\"><button type=\"submit\" class=\"secondary\" aria-label=\"Ta bort Bo Bort\"").Groups[1].Value;
        (await (await browser.PostForm("/admin/anvandare/ta-bort", [new("id", userId)], formPage: "/admin/anvandare")).Content.ReadAsStringAsync())
            .ShouldContain("Bo Bort (bort@exempel.se) är borttagen");
        (await app.CreateClient(reader).GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
