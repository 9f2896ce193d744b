using Decisions.Decisions;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Audit;

public class DecisionAuditTests(StoryApp app) : IClassFixture<StoryApp>
{
    Task<DecisionPage> Search(string query) => app.CreateClient().GetJson<DecisionPage>($"/api/decisions?{query}");

    [Fact]
    public async Task Searching_kostnadsminskning_finds_the_clauses_that_say_kostnadsminskningar()
    {
        var found = await Search("q=kostnadsminskning");
        found.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ShouldBe(new[] { D45, D46 }.Order(StringComparer.Ordinal));
        found.Hits.ShouldAllBe(h => h.Clauses.Any(c => c.Contains("kostnadsminskningar")));
    }

    [Fact]
    public async Task A_hit_shows_body_meeting_paragraph_clauses_who_served_and_who_recorded_it()
    {
        var hit = (await Search($"case={Api.Encoded(Case570)}&from=2023-05-16&to=2023-05-16")).Hits.Single();
        hit.Id.ShouldBe(D60);
        hit.Body.Name.ShouldBe("Hälso- och sjukvårdsnämnden");
        (hit.MeetingDate, hit.Paragraph, hit.Kind).ShouldBe((May16, 60, DecisionKind.Decision));
        hit.Clauses.Count.ShouldBe(5);
        hit.Served.ShouldContain(new Participant(Substitute, "M", SubstitutedMember));
        hit.RecordedBy.ShouldBe(Importer);
        hit.RecordedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task Filters_combine_and_paging_reports_the_total()
    {
        var page = await Search($"body={Hsn}&pageSize=2&page=2");
        (page.Total, page.Page, page.PageSize, page.Hits.Count).ShouldBe((5, 2, 2, 2));
        (await Search("body=Hälso- och sjukvårdsnämndens arbetsutskott&q=nästkommande sammanträde")).Hits.Select(h => h.Id).ShouldBe([Au28]);
        (await Search("from=2023-06-01&to=2023-12-31")).Total.ShouldBe(3);
    }

    [Fact]
    public async Task A_person_is_found_where_they_served_as_a_substitute_and_for_whom()
    {
        (await Search($"person={Uri.EscapeDataString(Substitute)}")).Hits.Select(h => h.Id).ShouldBe([D60]);
        var participation = await app.CreateClient().GetJson<List<Participation>>($"/api/people/{Uri.EscapeDataString(Substitute)}/decisions");
        participation.Single().ShouldBe(new Participation(D60, new("halso-och-sjukvardsnamnden", "Hälso- och sjukvårdsnämnden"), May16, 60, "Åtgärder för ekonomi i balans", "M", SubstitutedMember));
    }

    [Fact]
    public async Task From_after_to_is_a_400_naming_both()
    {
        var response = await app.CreateClient().GetAsync("/api/decisions?from=2024-01-01&to=2023-01-01");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"from\"");
        body.ShouldContain("\"to\"");
    }
}
