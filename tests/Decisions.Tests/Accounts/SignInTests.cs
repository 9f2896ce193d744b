using System.Net;
using System.Text;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Accounts;

/// <summary>Signing in with e-mail and password: the cookie, the wrong password, lockout, the rate limit, anti-forgery and the headers every answer carries.</summary>
public class SignInTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    static FormUrlEncodedContent Credentials(string email, string password) => new([new("epost", email), new("losenord", password)]);

    [Fact]
    public async Task A_signed_in_person_sees_their_name_and_what_they_import_is_recorded_as_theirs()
    {
        var browser = await app.SignInAsync(app.Registrator);
        var start = await browser.GetStringAsync("/");
        start.ShouldContain($"Inloggad som <strong class=\"signed-in\">{app.Registrator.Name}</strong>");
        start.ShouldContain("action=\"/logga-ut\"");

        using var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(Fixture.Bytes(Fixture.AuMinutes2023)), "dokument", Fixture.AuMinutes2023);
        upload.Add(new StringContent(Browsing.AntiforgeryToken(await browser.GetStringAsync("/import"))), "__RequestVerificationToken");
        var preview = await browser.PostAsync("/import/forhandsgranska", upload);
        var page = await preview.Content.ReadAsStringAsync();
        preview.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        var confirmed = await browser.PostAsync("/import/bekrafta", new FormUrlEncodedContent(
            [new("token", token), new("atgard", "importera"), new("__RequestVerificationToken", Browsing.AntiforgeryToken(page))]));
        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("är importerat");

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.QueryAllRawEvents().ToListAsync();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UserName == app.Registrator.Name);
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var browser = await app.SignInAsync(app.Registrator);
        var without = await browser.PostAsync("/exempel", new FormUrlEncodedContent([]));
        without.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await without.Content.ReadAsStringAsync()).ShouldContain("Formuläret saknade sin kontrollkod");
        var forged = await browser.PostAsync("/import/bekrafta", new FormUrlEncodedContent([new("token", "x"), new("__RequestVerificationToken", "förfalskad")]));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // The cookie alone does not carry a JSON command either: only a token in Authorization does.
        var json = await browser.PostAsync("/api/bodies", new StringContent("""{"name":"X","kind":"Namnd","occurredOn":"2024-01-01"}""", Encoding.UTF8, "application/json"));
        json.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Events.QueryAllRawEvents().Where(e => e.StreamKey == "x").CountAsync()).ShouldBe(0);
        var with = await browser.PostForm("/import/bekrafta", [new("token", "gissad"), new("atgard", "importera")], formPage: "/import");
        with.StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_wrong_password_says_so_in_Swedish_and_the_fifth_failure_locks_the_account()
    {
        var account = await app.CreateAccountAsync("spärras@exempel.se", "Sven Spärr", "registrator");
        var client = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 1; i <= 4; i++)
        {
            var failed = await client.PostForm("/logga-in", [new("epost", account.Email), new("losenord", "fel-lösenord")]);
            failed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await failed.Content.ReadAsStringAsync()).ShouldContain("Fel e-post eller lösenord.");
        }
        var fifth = await client.PostForm("/logga-in", [new("epost", account.Email), new("losenord", "fel-lösenord")]);
        (await fifth.Content.ReadAsStringAsync()).ShouldContain("Kontot är spärrat efter för många misslyckade inloggningar. Försök igen om 15 minuter.");
        var right = await client.PostForm("/logga-in", [new("epost", account.Email), new("losenord", account.Password)]);
        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await right.Content.ReadAsStringAsync()).ShouldContain("Kontot är spärrat");
        // A locked account's token is refused too.
        (await app.CreateClient(account).Send("/api/bodies", new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_goes_back_only_to_an_address_on_this_site()
    {
        var client = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var back = await client.PostForm("/logga-in", [new("epost", app.Registrator.Email), new("losenord", app.Registrator.Password), new("ReturnUrl", "/forsenade?per=2024-01-31")]);
        back.Headers.Location!.ToString().ShouldBe("/forsenade?per=2024-01-31");
        var signedOut = await client.PostForm("/logga-ut", [], formPage: "/");
        signedOut.Headers.Location!.ToString().ShouldBe("/");
        (await client.GetStringAsync("/")).ShouldContain(">Logga in</a>");
        var away = await client.PostForm("/logga-in", [new("epost", app.Registrator.Email), new("losenord", app.Registrator.Password), new("ReturnUrl", "//elsewhere.example/x")]);
        away.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_with_a_Swedish_429_page()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Authentication:SignInAttemptsPerMinute", "2"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        for (var i = 0; i < 2; i++)
            (await client.PostForm("/logga-in", [new("epost", "ingen@exempel.se"), new("losenord", "x")])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refused = await client.PostForm("/logga-in", [new("epost", "ingen@exempel.se"), new("losenord", "x")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("För många inloggningsförsök");
    }

    [Fact]
    public async Task An_organisation_that_turns_anonymous_reading_off_sends_readers_to_sign_in_first()
    {
        await using var closed = app.WithWebHostBuilder(b => b.UseSetting("Decisions:AnonymousRead", "false"));
        var anonymous = closed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        anonymous.DefaultRequestHeaders.Authorization = null;
        (await anonymous.GetAsync("/beslut")).Headers.Location!.ToString().ShouldContain("/logga-in?ReturnUrl=%2Fbeslut");
        (await anonymous.GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (var open in new[] { "/logga-in", "/health" })
            (await anonymous.GetAsync(open)).StatusCode.ShouldBe(HttpStatusCode.OK, open);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(await anonymous.GetStringAsync("/logga-in"), "href=\"(/site\\.css[^\"]*)\"").Groups[1].Value;
        (await anonymous.GetAsync(stylesheet)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reader = await app.CreateAccountAsync("stangd-lasare@exempel.se", "Stina Läsare", "läsare");
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", reader.Token);
        (await anonymous.GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logga-in")]
    [InlineData("/api/decisions")]
    [InlineData("/finns-inte")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await app.CreateAnonymousClient().GetAsync(path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_lax_and_secure_over_https()
    {
        var client = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await client.PostForm("/logga-in", [new("epost", app.Registrator.Email), new("losenord", app.Registrator.Password)]);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("decisions-inloggning="));
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain("secure");
    }
}
