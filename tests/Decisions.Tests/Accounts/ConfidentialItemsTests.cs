using System.Net;
using Decisions.Decisions;
using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Accounts;

/// <summary>
/// § 45 of HSN 2023-04-18 and the assignment it gave are marked confidential by an administrator. Readers and
/// registrators find neither through any page or API; an administrator sees them on the sekretess pages, and
/// every such view is in the log.
/// </summary>
public class ConfidentialItemsTests(StoryApp app) : IClassFixture<StoryApp>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await (await app.CreateAdministratorClientAsync()).Accept("/api/decisions/confidential", new MarkDecisionConfidential(D45, "OSL 21 kap. 1 §", May16));

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every page and API answer that lists or shows decisions and assignments of the story.</summary>
    static readonly string[] PublicViews =
    [
        "/api/decisions", "/api/decisions?q=kostnadsminskningar", $"/api/people/{Uri.EscapeDataString("Anna Nordqvist")}/decisions",
        $"/api/cases/{Api.Encoded(Case5)}?asOf=2023-06-01", $"/api/cases/{Api.Encoded(Case5)}/timeline", $"/api/cases/{Api.Encoded(Case5)}/changes?from=2023-01-01&to=2024-12-31",
        $"/api/cases/{Api.Encoded(Case570)}?asOf=2023-06-01", "/api/assignments", "/api/assignments?status=Closed",
        $"/api/meetings/{Api.Encoded(Hsn + "/2023-04-18")}", "/api/reports/overdue?asOf=2023-05-10",
        "/", "/beslut", "/beslut?q=kostnadsminskningar", $"/arenden/{Api.Encoded(Case5)}", $"/arenden/{Api.Encoded(Case570)}?per=2023-06-01",
        $"/sammantraden/{Api.Encoded(Hsn + "/2023-04-18")}", "/forsenade?per=2023-05-10",
    ];

    [Fact]
    public async Task A_reader_and_a_registrator_find_the_confidential_items_through_no_page_or_api()
    {
        foreach (var (who, client) in new[] { ("läsare", app.CreateAnonymousClient()), ("registrator", app.CreateClient()) })
        {
            foreach (var path in PublicViews)
            {
                var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{who} {path}");
                foreach (var trace in new[] { "§45", "%C2%A745", "§ 45", "Månadsrapport per mars 2023</a>" })
                    body.ShouldNotContain(trace, Case.Sensitive, $"{who} {path}");
            }
            foreach (var path in new[] { $"/api/assignments/{Api.Encoded(A45)}", $"/uppdrag/{Api.Encoded(A45)}" })
                (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{who} {path}");
            foreach (var path in new[] { $"/api/confidential/assignments/{Api.Encoded(A45)}", $"/api/confidential/decisions/{Api.Encoded(D45)}" })
                (await client.GetAsync(path)).StatusCode.ShouldBe(who == "läsare" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, $"{who} {path}");
        }
        var anonymous = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/sekretess")).Headers.Location!.ToString().ShouldContain("/logga-in?ReturnUrl=%2Fsekretess");
    }

    [Fact]
    public async Task An_administrator_sees_the_items_and_every_view_is_logged_with_who_and_what()
    {
        var admin = await app.CreateAdministratorClientAsync();
        (await admin.GetStringAsync("/sekretess")).ShouldContain(Api.Encoded(A45));
        (await admin.GetStringAsync($"/sekretess/uppdrag/{Api.Encoded(A45)}")).ShouldContain("identifiera möjliga kostnadsminskningar inom hälso- och sjukvården");
        (await admin.GetStringAsync($"/api/confidential/decisions/{Api.Encoded(D45)}")).ShouldContain("Månadsrapport per mars 2023");

        var log = await admin.GetStringAsync("/admin/sekretesslogg");
        log.ShouldContain($"uppdrag {A45}");
        log.ShouldContain($"beslut {D45}");
        log.ShouldContain("Adam Administratör (administrator@exempel.se)");
        (await app.CreateClient().GetAsync("/admin/sekretesslogg")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_organisation_may_let_registrators_see_confidential_items_too()
    {
        await using var allowing = app.WithWebHostBuilder(b => b.UseSetting("Decisions:RegistratorsSeeConfidential", "true"));
        var registrator = allowing.CreateClient();
        registrator.DefaultRequestHeaders.Authorization = new("Bearer", app.Registrator.Token);
        (await registrator.GetAsync($"/api/confidential/assignments/{Api.Encoded(A45)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.CreateAdministratorClientAsync()).GetStringAsync("/admin/sekretesslogg")).ShouldContain(app.Registrator.Name);
    }
}
