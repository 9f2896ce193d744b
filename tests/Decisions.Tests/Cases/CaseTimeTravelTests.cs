using System.Net;
using Decisions.Assignments;
using Decisions.Cases;
using Decisions.History;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Cases;

public class CaseTimeTravelTests(StoryApp app) : IClassFixture<StoryApp>
{
    static readonly string Case = Api.Encoded(Case570);

    Task<CaseAsOf> CaseOn(string date) => app.CreateClient().GetJson<CaseAsOf>($"/api/cases/{Case}?asOf={date}");

    [Fact]
    public async Task A_url_encoded_case_number_finds_the_case()
    {
        Case.ShouldBe("HSN%2F570%2F2023");
        var found = await CaseOn("2023-05-10");
        found.CaseNumber.ShouldBe(Case570);
        found.Title.ShouldBe("Åtgärder för ekonomi i balans");
        found.Documents.Single().Details.Date.ShouldBe(ReportDate);
    }

    [Fact]
    public async Task The_case_before_and_after_the_meeting_of_16_may_differs_exactly_by_what_the_namnd_decided_then()
    {
        var (before, after) = (await CaseOn("2023-05-10"), await CaseOn("2023-05-20"));

        before.Decisions.Select(d => d.Id).ShouldBe([D46]);
        after.Decisions.Select(d => d.Id).ShouldBe([D46, D60]);
        before.Assignments.Select(a => (a.Id, a.Status)).ShouldBe([(A46, AssignmentStatus.Reported)]);
        after.Assignments.Select(a => (a.Id, a.Status)).OrderBy(a => a.Id, StringComparer.Ordinal).ShouldBe(new[]
        {
            (A46, AssignmentStatus.Closed), (SeptemberResults, AssignmentStatus.Given), (June, AssignmentStatus.Given),
            (SeptemberStaff, AssignmentStatus.Given), (October, AssignmentStatus.Given),
        }.OrderBy(a => a.Item1, StringComparer.Ordinal));
        after.Documents.Select(d => d.DocumentId).ShouldBe(before.Documents.Select(d => d.DocumentId));
        after.Title.ShouldBe(before.Title);
    }

    [Fact]
    public async Task The_changes_between_two_dates_are_the_events_of_the_meeting_and_their_effect()
    {
        var changes = await app.CreateClient().GetJson<CaseChanges>($"/api/cases/{Case}/changes?from=2023-05-10&to=2023-05-20");
        changes.Events.ShouldAllBe(e => e.On == May16);
        changes.Events.Count.ShouldBe(7); // the decision (once: the case's own note of it is not a second line), four assignments given, §46's due resolved and closing
        changes.DecisionsAdded.Select(d => d.Id).ShouldBe([D60]);
        changes.AssignmentChanges.ShouldContain(new StatusChange(A46, AssignmentStatus.Reported, AssignmentStatus.Closed));
        changes.AssignmentChanges.Count(c => c.Before == null && c.After == AssignmentStatus.Given).ShouldBe(4);
    }

    [Fact]
    public async Task The_timeline_runs_in_business_date_order_with_swedish_descriptions_and_who_recorded_each_event()
    {
        var timeline = await app.CreateClient().GetJson<List<LogEntry>>($"/api/cases/{Case}/timeline");
        timeline.Select(e => e.On).ShouldBeInOrder();
        timeline.First().Description.ShouldBe("Ärendet HSN/570/2023 öppnas: Åtgärder för ekonomi i balans");
        timeline.ShouldContain(e => e.Kind == "ReportBackReceived" && e.Description.StartsWith("Delrapport: ") && e.Stream == SeptemberStaff);
        timeline.ShouldAllBe(e => e.RecordedBy == Importer);
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_naming_it()
    {
        var response = await app.CreateClient().GetAsync($"/api/cases/{Api.Encoded("HSN/999/2023")}?asOf=2023-05-10");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("HSN/999/2023");
    }

    [Fact]
    public async Task A_bad_date_is_a_400_naming_the_parameter_and_from_after_to_names_both()
    {
        var client = app.CreateClient();
        var bad = await client.GetAsync($"/api/cases/{Case}?asOf=2023-13-01");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("\"asOf\"");

        var reversed = await client.GetAsync($"/api/cases/{Case}/changes?from=2023-06-01&to=2023-05-01");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await reversed.Content.ReadAsStringAsync();
        body.ShouldContain("\"from\"");
        body.ShouldContain("\"to\"");
    }
}
