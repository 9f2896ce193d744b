using System.Net;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Decisions;

public class DecisionSecrecyTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    static readonly DateOnly Day = new(2024, 3, 5);

    [Fact]
    public async Task Sekretess_on_a_decision_hides_its_assignment_and_its_paragraph_from_public_views()
    {
        var api = app.CreateClient();
        var bodyId = StreamIds.Body("Socialnämnden");
        await api.Accept("/api/bodies", new RegisterBody("Socialnämnden", BodyKind.Namnd, null, Day));
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(Day, null, null, null)));
        var meetingId = StreamIds.Meeting(bodyId, Day);
        await api.Accept("/api/meetings/paragraphs", new RecordParagraph(meetingId, new Paragraph(12, "Placering av barn", null, [])));
        await api.Accept("/api/decisions", new TakeDecision(new DecisionDetails(bodyId, Day, 12, "Placering av barn", null, DecisionKind.Decision,
            ["Förvaltningen får i uppdrag att återkomma senast den 1 april 2024."], [], [], [], [], [], [])));
        var decisionId = StreamIds.Decision(meetingId, 12);
        await api.Accept("/api/assignments", new GiveAssignment(decisionId, 1, bodyId, null, "Förvaltningen", "återkomma",
            Due.OnDate(new DateOnly(2024, 4, 1), "senast den 1 april 2024"), Day));

        await (await app.CreateAdministratorClientAsync()).Accept("/api/decisions/confidential", new MarkDecisionConfidential(decisionId, "OSL 26 kap. 1 §", Day));

        var assignmentId = Uri.EscapeDataString(StreamIds.Assignment(decisionId, 1));
        (await api.GetAsync($"/api/assignments/{assignmentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetStringAsync("/api/assignments")).ShouldNotContain("återkomma");
        (await api.GetStringAsync("/api/reports/overdue?asOf=2024-05-01")).ShouldNotContain("Förvaltningen");
        (await api.GetStringAsync($"/api/meetings/{Uri.EscapeDataString(meetingId)}")).ShouldNotContain("Placering av barn");
    }
}
