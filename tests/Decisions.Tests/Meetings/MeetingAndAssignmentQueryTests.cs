using System.Net;
using Decisions.Assignments;
using Decisions.Meetings;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Meetings;

public class MeetingAndAssignmentQueryTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public async Task A_meeting_shows_its_decisions_and_the_legal_clocks_from_its_adjustment_and_posting()
    {
        var meeting = await app.CreateClient().GetJson<MeetingView>($"/api/meetings/{Api.Encoded(Meeting0516)}");
        meeting.Body.Name.ShouldBe("Hälso- och sjukvårdsnämnden");
        meeting.Decisions.Select(d => d.Id).ShouldBe([D60]);
        meeting.Clocks.ShouldBe(new MeetingClocks(new(2023, 5, 30), new(2023, 5, 24), new(2023, 6, 13), new(2023, 6, 14)));
    }

    [Fact]
    public async Task An_assignment_shows_its_history_from_given_to_closed()
    {
        var history = await app.CreateClient().GetJson<AssignmentAnswer>($"/api/assignments/{Api.Encoded(A46)}");
        history.Entries.Select(e => e.Kind).ShouldBe(["AssignmentGiven", "DueResolved", "ReportBackReceived", "AssignmentClosed"]);
        history.State.Status.ShouldBe(AssignmentStatus.Closed);
    }

    [Fact]
    public async Task Assignments_list_by_status_body_and_assignee_and_a_bad_status_names_the_parameter()
    {
        var client = app.CreateClient();
        (await client.GetJson<List<AssignmentSummary>>("/api/assignments?status=partlyreported")).Select(a => a.Id).ShouldBe([SeptemberStaff]);
        (await client.GetJson<List<AssignmentSummary>>($"/api/assignments?body={Au}&assignee=förvaltningen")).Select(a => a.Id).ShouldBe([AuPlan]);
        var bad = await client.GetAsync("/api/assignments?status=late");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("\"status\"");
    }

    [Fact]
    public async Task The_queries_are_in_the_openapi_document()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/decisions", "/api/people/{name}/decisions", "/api/reports/overdue", "/api/cases/{caseNumber}",
                     "/api/cases/{caseNumber}/timeline", "/api/cases/{caseNumber}/changes", "/api/assignments", "/api/assignments/{id}", "/api/meetings/{id}" })
            document.ShouldContain($"\"{path}\"");
    }
}
