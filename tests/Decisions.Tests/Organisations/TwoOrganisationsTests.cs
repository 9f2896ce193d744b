using System.Net;
using System.Text;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Organisations;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Organisations;

/// <summary>
/// One host with two organisations: the register's first (on any host name, here localhost) and Kommun B, added while
/// the host runs and chosen by the host name kommunb.localhost. Each has a registrator and an administrator of its own.
/// </summary>
public class TwoOrganisationsApp : DecisionsApp
{
    public const string B = "kommunb", BHost = "kommunb.localhost";

    public TestAccount RegistratorOfB { get; private set; } = null!;
    public TestAccount AdministratorOfB { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Services.GetRequiredService<OrganisationDirectory>().AddAsync(B, "Kommun B", null, []);
        RegistratorOfB = await CreateAccountAsync("registrator@kommunb.se", "Bengt Registrator", "registrator", [B]);
        AdministratorOfB = await CreateAccountAsync("administrator@kommunb.se", "Beata Administratör", "admin", [B]);
    }
}

public class TwoOrganisationsTests(TwoOrganisationsApp app) : IClassFixture<TwoOrganisationsApp>
{
    const string B = TwoOrganisationsApp.B, BHost = TwoOrganisationsApp.BHost;
    static readonly DateOnly Day = new(2024, 3, 5), Later = new(2024, 4, 9);

    HttpClient InA => app.CreateClient();
    HttpClient InB => app.CreateClient(app.RegistratorOfB, BHost);

    [Fact]
    public async Task A_fact_recorded_in_one_organisation_is_not_in_the_other_in_pages_api_or_oparl()
    {
        var inB = await InB.AnAssignment("Tekniska nämnden", "bygga en bro");
        var inA = await InA.AnAssignment("Kulturnämnden", "öppna ett bibliotek");

        foreach (var (client, own, other, otherId) in new[]
                 {
                     (app.CreateClient(null, BHost), ("bygga en bro", "Tekniska nämnden"), ("öppna ett bibliotek", "Kulturnämnden"), inA),
                     (app.CreateAnonymousClient(), ("öppna ett bibliotek", "Kulturnämnden"), ("bygga en bro", "Tekniska nämnden"), inB),
                 })
        {
            var assignments = await client.GetStringAsync("/api/assignments");
            assignments.ShouldContain(own.Item1);
            assignments.ShouldNotContain(other.Item1);
            (await client.GetAsync($"/api/assignments/{Api.Encoded(otherId)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var register = await client.GetStringAsync("/beslut");
            register.ShouldContain(own.Item2);
            register.Contains("Beslutsregistret · Kommun B").ShouldBe(own.Item2 == "Tekniska nämnden");
            register.ShouldNotContain(other.Item2);
            (await client.GetAsync($"/uppdrag/{Api.Encoded(otherId)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetStringAsync("/oparl/v1/body")).Contains("Kommun B").ShouldBe(own.Item2 == "Tekniska nämnden");
            var organizations = await client.GetStringAsync("/oparl/v1/body/organizations");
            organizations.ShouldContain(own.Item2);
            organizations.ShouldNotContain(other.Item2);
        }
    }

    [Fact]
    public async Task A_confidential_item_of_one_organisation_is_never_shown_to_the_other_organisations_administrator()
    {
        var assignment = await InA.AnAssignment("Socialnämnden", "placera ett barn");
        var decision = assignment[..assignment.LastIndexOf('/')];
        var adminOfA = await app.CreateAdministratorClientAsync();
        await adminOfA.Accept("/api/decisions/confidential", new MarkDecisionConfidential(decision, "OSL 26 kap. 1 §", Day));
        (await adminOfA.GetStringAsync($"/api/confidential/decisions/{Api.Encoded(decision)}")).ShouldContain("Uppföljning");

        var adminOfBInA = app.CreateClient(app.AdministratorOfB);
        (await adminOfBInA.GetAsync($"/api/confidential/decisions/{Api.Encoded(decision)}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminOfBInA.GetAsync("/sekretess")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await adminOfBInA.GetStringAsync("/api/assignments")).ShouldNotContain("placera ett barn");
        (await adminOfBInA.GetAsync("/admin/anvandare")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var adminOfBInB = app.CreateClient(app.AdministratorOfB, BHost);
        (await adminOfBInB.GetAsync($"/api/confidential/decisions/{Api.Encoded(decision)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adminOfBInB.GetStringAsync("/sekretess")).ShouldNotContain("placera ett barn");
        // B's administrator lists B's people, not A's.
        var users = await adminOfBInB.GetStringAsync("/admin/anvandare");
        users.ShouldContain("Bengt Registrator");
        users.ShouldNotContain("Rita Registrator");
    }

    [Fact]
    public async Task A_person_of_one_organisation_cannot_write_in_the_other()
    {
        var register = new RegisterBody("Byggnadsnämnden", BodyKind.Namnd, null, Day);
        (await app.CreateClient(app.Registrator, BHost).Send("/api/bodies", register)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(app.RegistratorOfB).Send("/api/bodies", register)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(app.AdministratorOfB).Send("/api/imports", register)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InB.GetAsync($"/api/meetings/{Api.Encoded(StreamIds.Meeting(StreamIds.Body("Byggnadsnämnden"), Day))}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Each writes in their own.
        await InB.Accept("/api/bodies", register);
        await InA.Accept("/api/bodies", register);
    }

    [Fact]
    public async Task Follow_ups_run_in_the_database_of_the_organisation_whose_event_caused_them()
    {
        var bodyId = StreamIds.Body("Miljönämnden");
        var api = InB;
        await api.Accept("/api/bodies", new RegisterBody("Miljönämnden", BodyKind.Namnd, null, Day));
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(Day, null, null, null)));
        await api.Accept("/api/decisions", new TakeDecision(new DecisionDetails(bodyId, Day, 3, "Luftkvalitet", "MN/7/2024", DecisionKind.Decision,
            ["Förvaltningen får i uppdrag att återkomma till nästa sammanträde."], [], [], [], [], [], [])));
        var decisionId = StreamIds.Decision(StreamIds.Meeting(bodyId, Day), 3);
        await api.Accept("/api/assignments", new GiveAssignment(decisionId, 1, bodyId, null, "Förvaltningen", "mäta luften",
            Due.NextMeeting(bodyId, "till nästa sammanträde"), Day));
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(Later, null, null, null)));
        await app.FollowUpsDone();

        var assignment = Api.Encoded(StreamIds.Assignment(decisionId, 1));
        (await api.GetStringAsync($"/api/assignments/{assignment}")).ShouldContain("2024-04-09");
        (await api.GetStringAsync($"/api/cases/{Api.Encoded("MN/7/2024")}")).ShouldContain("Luftkvalitet");
        (await InA.GetAsync($"/api/cases/{Api.Encoded("MN/7/2024")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await InA.GetAsync($"/api/assignments/{assignment}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tenants_add_on_the_command_line_makes_an_organisation_the_running_host_serves_at_once()
    {
        var environment = HostProcess.WithoutConnection();
        environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, ["tenants", "add", "kommunc", "--name", "Kommun C", "--host", "beslut.kommunc.se"]);
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldStartWith("Kommun C (kommunc) har ett eget register.");
        (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, ["users", "add", "registrator@kommunc.se", "--name", "Cilla C", "--role", "registrator", "--organisation", "kommunc"]);
        exitCode.ShouldBe(0, stderr);
        (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, ["tenants", "list"]);
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldContain("kommunc\tKommun C\tbeslut.kommunc.se");

        var inC = app.CreateClient(await app.CreateAccountAsync("admin@kommunc.se", "Carl C", "admin", ["kommunc"]), "beslut.kommunc.se");
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // the running host reads the organisations again at most once a second
        await inC.AnAssignment("Kommunfullmäktige", "sänka skatten");
        await app.FollowUpsDone();
        (await inC.GetStringAsync("/api/assignments")).ShouldContain("sänka skatten");
        (await InA.GetStringAsync("/api/assignments")).ShouldNotContain("sänka skatten");
        (await InB.GetStringAsync("/api/assignments")).ShouldNotContain("sänka skatten");
        (exitCode, _, stderr) = await HostProcess.RunAsync(environment, ["tenants", "add", "Kommun D", "--name", "Kommun D"]);
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("tenants: organisation: 'Kommun D' duger inte som id");
    }

    [Fact]
    public async Task The_first_organisations_administrator_adds_an_organisation_on_the_page_and_no_other_may()
    {
        var admin = await app.CreateAdministratorClientAsync();
        var added = await admin.PostAsync(OrganisationsPage.Path, new FormUrlEncodedContent([new("id", "kommund"), new("namn", "Kommun D"), new("vardnamn", ""), new("anslutning", "")]));
        var page = await added.Content.ReadAsStringAsync();
        added.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain("Kommun D (kommund) har ett eget register.");
        (await admin.GetStringAsync(OrganisationsPage.Path)).ShouldContain("Kommun B");

        var refused = await admin.PostAsync(OrganisationsPage.Path, new FormUrlEncodedContent([new("id", "Kommun E"), new("namn", "")]));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("duger inte som id");

        (await app.CreateClient(app.AdministratorOfB, BHost).GetAsync(OrganisationsPage.Path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(app.AdministratorOfB, BHost).PostAsync(OrganisationsPage.Path, new FormUrlEncodedContent([new("id", "kommunf"), new("namn", "F")])))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(app.AdministratorOfB).GetAsync(OrganisationsPage.Path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
