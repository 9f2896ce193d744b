using System.Text.Json;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Decisions;

/// <summary>
/// With a confidential decision and a confidential assignment of a public decision in the register, every public GET
/// (API and pages, read from the routing table so a new endpoint is walked too), with every id the data has and the
/// query parameters the views take, answers without a word of them.
/// </summary>
public class ConfidentialityWalkTests(StoryApp app) : IClassFixture<StoryApp>
{
    const string SecretCase = "HSN/999/2023";
    const string SecretTitleWord = "Zebraprojektet", SecretClauseWord = "Zebraklausul", SecretTaskWord = "Giraffutredningen";
    static readonly string Secret = StreamIds.Decision(Meeting0516, 61), Public = StreamIds.Decision(Meeting0516, 62);
    static readonly string SecretAssignment = StreamIds.Assignment(Public, 2);

    static DecisionDetails Details(int paragraph, string title, params string[] clauses) =>
        new(Hsn, May16, paragraph, title, SecretCase, DecisionKind.Decision, clauses, [new("Anna Nordqvist", "M")], [], [], [], [], []);

    async Task<HttpClient> WithSecrets()
    {
        var client = app.CreateClient();
        await client.Accept("/api/decisions", new TakeDecision(Details(61, $"Utredning om {SecretTitleWord}", $"Nämnden beslutar om {SecretClauseWord}.")));
        await client.Accept("/api/decisions", new TakeDecision(Details(62, "Offentlig uppföljning",
            "Nämnden godkänner redovisningen.", $"Regiondirektören får i uppdrag att genomföra {SecretTaskWord}.")));
        await client.Accept("/api/assignments", new GiveAssignment(Public, 2, Hsn, SecretCase, Director, $"genomföra {SecretTaskWord}", Due.Unspecified(), May16));
        // Sekretess is an administrator's to set; the walk reads as the public does, signed in as nobody.
        var administrator = await app.CreateAdministratorClientAsync();
        await administrator.Accept("/api/decisions/confidential", new MarkDecisionConfidential(Secret, "OSL 21 kap. 1 §", May16));
        await administrator.Accept("/api/assignments/confidential", new MarkAssignmentConfidential(SecretAssignment, "OSL 21 kap. 1 §", May16));
        return app.CreateAnonymousClient();
    }

    [Fact]
    public async Task No_public_get_shows_any_text_of_a_confidential_decision_or_assignment()
    {
        var client = await WithSecrets();
        string[] keys = [SecretCase, Case570, Meeting0516, Secret, Public, SecretAssignment, A45, "Anna Nordqvist", Hsn];
        string[] queries = ["", "?asOf=2024-06-01", "?asOf=2023-05-16&recordedAsOf=2099-01-01T00:00:00Z", "?from=2023-01-01&to=2030-12-31",
            $"?q={SecretTitleWord}", $"?q={SecretClauseWord}", $"?q={SecretTaskWord}", "?q=nämnden", "?asOf=2024-06-01&dnr=" + Uri.EscapeDataString(SecretCase)];
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct().ToList();
        routes.ShouldContain("/api/cases/{caseNumber}/timeline");
        routes.ShouldContain("/sammantraden/{id}");

        var leaks = new List<string>();
        var walked = 0;
        foreach (var route in routes)
        foreach (var url in Fill(route, keys))
        foreach (var query in queries)
        {
            var response = await client.GetAsync(url + query);
            var body = await response.Content.ReadAsStringAsync();
            walked++;
            // A search echoes its own words; it must otherwise answer exactly as for a word the register has never held (no hit, no count).
            if (Searched(query) is { } searched)
            {
                var unheard = await (await client.GetAsync(url + query.Replace(searched, NeverHeld))).Content.ReadAsStringAsync();
                if (WithoutTrace(body.Replace(searched, NeverHeld)) != WithoutTrace(unheard)) leaks.Add($"{url}{query} ({(int)response.StatusCode}) answers otherwise than for an unknown word");
                body = body.Replace(searched, NeverHeld);
            }
            foreach (var word in new[] { SecretTitleWord, SecretClauseWord, SecretTaskWord })
                if (body.Contains(word, StringComparison.OrdinalIgnoreCase) || Uri.UnescapeDataString(body).Contains(word, StringComparison.OrdinalIgnoreCase))
                    leaks.Add($"{url}{query} ({(int)response.StatusCode}) shows {word}");
        }
        walked.ShouldBeGreaterThan(300);
        leaks.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_case_takes_its_title_from_its_earliest_public_decision_and_its_timeline_does_not_count_the_secret_one()
    {
        var client = await WithSecrets();
        var @case = await client.GetJson<JsonElement>($"/api/cases/{Api.Encoded(SecretCase)}?asOf=2024-01-01");
        @case.GetProperty("title").GetString().ShouldBe("Offentlig uppföljning");
        @case.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe([Public]);
        @case.GetProperty("decisions")[0].GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Nämnden godkänner redovisningen."]);

        var timeline = await client.GetJson<JsonElement>($"/api/cases/{Api.Encoded(SecretCase)}/timeline");
        timeline.EnumerateArray().ShouldNotContain(e => e.GetProperty("stream").GetString()!.StartsWith(Secret));
        timeline.EnumerateArray().ShouldNotContain(e => e.GetProperty("description").GetString()!.Contains("§ 61"));
    }

    /// <summary>
    /// A log in which sekretess on a decision never reached its assignment (written before that reaction, or by a
    /// path without it): the assignment is hidden all the same, by the decision's secrecy, in its list, its own
    /// address, the overdue report and its page.
    /// </summary>
    [Fact]
    public async Task An_assignment_of_a_confidential_decision_is_hidden_even_where_nothing_marked_the_assignment()
    {
        const string Hidden = "Noshörningsutredningen";
        var decision = StreamIds.Decision(Meeting0516, 63);
        var assignment = StreamIds.Assignment(decision, 1);
        await using (var session = app.Services.GetRequiredService<Marten.IDocumentStore>().LightweightSession())
        {
            session.Events.StartStream(decision,
                new DecisionTaken(decision, Meeting0516, Details(63, "Dold uppföljning", $"Regiondirektören får i uppdrag att genomföra {Hidden}.") with { CaseNumber = null }),
                new DecisionMarkedConfidential(decision, "OSL 21 kap. 1 §", May16));
            session.Events.StartStream(assignment,
                new AssignmentGiven(assignment, decision, Hsn, null, Director, $"genomföra {Hidden}", Due.OnDate(new DateOnly(2023, 9, 30), "senast 2023-09-30"), May16));
            await session.SaveChangesAsync();
        }

        var client = app.CreateAnonymousClient();
        foreach (var url in new[] { "/api/assignments", $"/api/assignments?assignee={Uri.EscapeDataString(Director)}", "/api/reports/overdue?asOf=2024-01-31",
                     "/api/reports/overdue?asOf=2024-01-31&format=csv", $"/api/assignments/{Api.Encoded(assignment)}", $"/uppdrag/{Api.Encoded(assignment)}" })
        {
            var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            body.ShouldNotContain(Hidden, Case.Insensitive, url);
        }
        (await client.GetAsync($"/api/assignments/{Api.Encoded(assignment)}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_public_assignment_closed_by_a_confidential_decision_does_not_name_that_decision()
    {
        var giving = StreamIds.Decision(Meeting0516, 64);
        var closing = StreamIds.Decision(Meeting0516, 65);
        var assignment = StreamIds.Assignment(giving, 1);
        const string SecretSummary = "Tapirrapporten";
        await using (var session = app.Services.GetRequiredService<Marten.IDocumentStore>().LightweightSession())
        {
            session.Events.StartStream(giving, new DecisionTaken(giving, Meeting0516, Details(64, "Öppen uppföljning", "Regiondirektören får i uppdrag att redovisa.") with { CaseNumber = null }));
            session.Events.StartStream(closing,
                new DecisionTaken(closing, Meeting0516, Details(65, "Sluten redovisning", "Nämnden godkänner redovisningen.") with { CaseNumber = null }),
                new DecisionMarkedConfidential(closing, "OSL 21 kap. 1 §", May16));
            session.Events.StartStream(assignment,
                new AssignmentGiven(assignment, giving, Hsn, null, Director, "redovisa", Due.OnDate(new DateOnly(2023, 9, 30), "senast 2023-09-30"), May16),
                new ReportBackReceived(assignment, new ReportBack(May16, closing, ReportCompleteness.Complete, SecretSummary)),
                new AssignmentClosed(assignment, closing, May16));
            await session.SaveChangesAsync();
        }

        var body = await (await app.CreateAnonymousClient().GetAsync($"/api/assignments/{Api.Encoded(assignment)}")).Content.ReadAsStringAsync();

        body.ShouldContain("redovisa");
        body.ShouldNotContain("§65", customMessage: body);
        body.ShouldNotContain(SecretSummary);
    }

    const string NeverHeld = "Okapiordningen";

    /// <summary>What differs between any two answers: a problem's trace id, and the anti-forgery token of a form (the sign-in page's too).</summary>
    static string WithoutTrace(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"|name=\"__RequestVerificationToken\" value=\"[^\"]*\"", "");

    static string? Searched(string query) => new[] { SecretTitleWord, SecretClauseWord, SecretTaskWord }.FirstOrDefault(query.Contains);

    /// <summary>Every way to put the keys into the route's parameters (one key for all of them at a time).</summary>
    static IEnumerable<string> Fill(string route, IReadOnlyList<string> keys) =>
        !route.Contains('{') ? [route]
        : keys.Select(key => System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", Uri.EscapeDataString(key)));
}
