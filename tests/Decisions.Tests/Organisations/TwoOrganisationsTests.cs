using System.Net;
using System.Text;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Organisations;
using Decisions.Shared;
using Decisions.Accounts;
using Decisions.Tests.Infrastructure;
using Decisions.Tests.Projections;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
        // The OParl index is async: it reaches both organisations' databases a moment after the commands.
        await app.ProjectionsCaughtUp();

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

    Task<(int ExitCode, byte[] Stdout, string Stderr)> Run(params string[] arguments) => RunIn(null, arguments);

    /// <summary>The command line with <paramref name="organisationSetting"/> as Decisions__Organisation.</summary>
    Task<(int ExitCode, byte[] Stdout, string Stderr)> RunIn(string? organisationSetting, params string[] arguments)
    {
        var environment = HostProcess.WithoutConnection();
        environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        if (organisationSetting is not null) environment[CurrentOrganisation.EnvironmentVariable] = organisationSetting;
        return HostProcess.RunAsync(environment, arguments);
    }

    [Fact]
    public async Task A_person_joins_and_leaves_organisations_on_the_command_line_by_friendly_ids_and_an_unknown_one_is_named()
    {
        var (exitCode, stdout, stderr) = await Run("users", "add", "anna@exempel.se", "--name", "Anna Andersson", "--role", "registrator", "--organisation", "default");
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldStartWith("Anna Andersson (anna@exempel.se) har ett konto som registrator i default.\n");
        (exitCode, _, stderr) = await Run("users", "add", "anna@exempel.se", "--name", "Anna Andersson", "--role", "registrator", "--organisation", B);
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("users join anna@exempel.se --organisation ID");

        (exitCode, stdout, stderr) = await Run("users", "join", "anna@exempel.se", "--organisation", B);
        exitCode.ShouldBe(0, stderr);
        // Her role is the one she was given where she was given it: a reader's in B, where none was named.
        Encoding.UTF8.GetString(stdout).ShouldBe($"Anna Andersson (anna@exempel.se) arbetar i default som registrator, {B} som läsare.\n");
        (exitCode, stdout, stderr) = await Run("users", "leave", "anna@exempel.se", "--organisation", "default");
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldBe($"Anna Andersson (anna@exempel.se) arbetar i {B} som läsare.\n");

        (exitCode, _, stderr) = await Run("users", "join", "anna@exempel.se", "--organisation", "okand");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain($"users: --organisation: det finns ingen organisation med id 'okand'; de som finns: default (");
        stderr.ShouldContain($"{B} (Kommun B)");
        (exitCode, _, stderr) = await RunIn("okand", "report", "overdue", "--as-of", "2024-05-01");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("report: Decisions__Organisation: det finns ingen organisation med id 'okand'");
        (exitCode, _, stderr) = await Run("tenants", "add", "default", "--name", "Dubblett");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("det finns redan en organisation med id 'default'");

        using var scope = app.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<UserAccounts>().FindAsync("anna@exempel.se")).Organisations.ShouldBe([B]);
    }

    [Fact]
    public async Task An_administrator_gives_a_person_of_another_organisation_access_and_takes_it_away_without_removing_their_account()
    {
        var person = await app.CreateAccountAsync("pendlare@exempel.se", "Per Pendlare", "registrator");
        var adminOfB = app.CreateClient(app.AdministratorOfB, BHost);
        var register = new RegisterBody("Fritidsnämnden", BodyKind.Namnd, null, Day);
        (await app.CreateClient(person, BHost).Send("/api/bodies", register)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var joined = await adminOfB.PostAsync("/admin/anvandare/befintlig", new FormUrlEncodedContent([new("befintlig-epost", person.Email), new("befintlig-roll", "registrator")]));
        (await joined.Content.ReadAsStringAsync()).ShouldContain("Per Pendlare (pendlare@exempel.se) arbetar nu också här, som registrator.");
        await app.CreateClient(person, BHost).Accept("/api/bodies", register);

        var page = await adminOfB.GetStringAsync("/admin/anvandare");
        var id = System.Text.RegularExpressions.Regex.Match(page, "name=\"id\" value=\"([0-9a-f]{32})\"><button type=\"submit\" class=\"secondary\" aria-label=\"Ta bort Per Pendlare\"").Groups[1].Value;
        var removed = await (await adminOfB.PostAsync("/admin/anvandare/ta-bort", new FormUrlEncodedContent([new("id", id)]))).Content.ReadAsStringAsync();
        removed.ShouldContain("Per Pendlare (pendlare@exempel.se) arbetar inte längre här. Kontot finns kvar");
        (await app.CreateClient(person, BHost).Send("/api/bodies", new RegisterBody("Valnämnden", BodyKind.Namnd, null, Day))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await app.CreateClient(person).Accept("/api/bodies", register);
    }

    [Fact]
    public async Task An_administrator_of_one_organisation_given_access_to_another_as_a_reader_is_a_reader_there()
    {
        var admin = await app.CreateAccountAsync("chef@exempel.se", "Cecilia Chef", "admin");
        var joined = await app.CreateClient(app.AdministratorOfB, BHost)
            .PostAsync("/admin/anvandare/befintlig", new FormUrlEncodedContent([new("befintlig-epost", admin.Email)]));
        (await joined.Content.ReadAsStringAsync()).ShouldContain("Cecilia Chef (chef@exempel.se) arbetar nu också här, som läsare.");

        var inB = app.CreateClient(admin, BHost);
        (await inB.Send("/api/bodies", new RegisterBody("Servicenämnden", BodyKind.Namnd, null, Day))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inB.GetAsync(AdministrationPages.Path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient(admin).GetAsync(AdministrationPages.Path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.CreateClient(admin).Accept("/api/bodies", new RegisterBody("Servicenämnden", BodyKind.Namnd, null, Day));
    }

    [Fact]
    public async Task Projections_rebuild_rebuilds_every_organisations_read_models_or_the_one_named()
    {
        await InB.AnAssignment("Kommunstyrelsen", "bygga en skola");
        await InA.AnAssignment("Kommunstyrelsen", "bygga en förskola");
        await app.ProjectionsCaughtUp();
        var databases = new[] { app.ConnectionString, new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = $"{new NpgsqlConnectionStringBuilder(app.ConnectionString).Database}_{B}" }.ConnectionString };
        var live = new List<Dictionary<string, List<string>>>();
        foreach (var database in databases) live.Add(await ReadModelTables.ReadModels(database));
        live[1].Values.SelectMany(rows => rows).ShouldContain(row => row.Contains("bygga en skola"));

        foreach (var (database, models) in databases.Zip(live)) await ReadModelTables.Truncate(database, models.Keys);
        var (exitCode, _, stderr) = await Run("projections", "rebuild");
        exitCode.ShouldBe(0, stderr);
        foreach (var (database, models) in databases.Zip(live))
            foreach (var (table, rows) in models) (await ReadModelTables.ReadModels(database))[table].ShouldBe(rows, $"{table} i {database}");

        await ReadModelTables.Truncate(databases[1], live[1].Keys);
        (exitCode, _, stderr) = await Run("projections", "rebuild", "--tenant", B);
        exitCode.ShouldBe(0, stderr);
        foreach (var (table, rows) in live[1]) (await ReadModelTables.ReadModels(databases[1]))[table].ShouldBe(rows, table);
        var untouched = await ReadModelTables.ReadModels(databases[0]);
        foreach (var (table, rows) in live[0]) untouched[table].ShouldBe(rows, $"{table}: rebuilding B alone leaves A's as it was");

        await ReadModelTables.Truncate(databases[0], live[0].Keys);
        (exitCode, _, stderr) = await Run("projections", "rebuild", "--tenant", "default");
        exitCode.ShouldBe(0, stderr);
        foreach (var (table, rows) in live[0]) (await ReadModelTables.ReadModels(databases[0]))[table].ShouldBe(rows, table);
        (exitCode, _, stderr) = await Run("projections", "rebuild", "--tenant", "okand");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("projections: --tenant: det finns ingen organisation med id 'okand'");
    }
}
