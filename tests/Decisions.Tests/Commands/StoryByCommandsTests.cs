using System.Net;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Commands;

/// <summary>The "ekonomi i balans" thread of DOMAIN.md, told to the API one command at a time and read back from the streams.</summary>
public class StoryByCommandsTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    const string Hsn = "Hälso- och sjukvårdsnämnden", HsnAu = "Hälso- och sjukvårdsnämndens arbetsutskott";
    static readonly string HsnId = StreamIds.Body(Hsn), AuId = StreamIds.Body(HsnAu);
    static DateOnly D(string iso) => DateOnly.Parse(iso);
    static readonly string[] NoNames = [];

    static DecisionDetails Decision(string bodyId, string date, int paragraph, string title, string? caseNumber, DecisionKind kind, params string[] clauses) =>
        new(bodyId, D(date), paragraph, title, caseNumber, kind, clauses,
            [new Participant("Jenny Steen", "S"), new Participant("Anna Stark", "M", ServesFor: "Anna Nordqvist")], [], [], [], NoNames, NoNames);

    static string DecisionId(string bodyId, string date, int paragraph) => StreamIds.Decision(StreamIds.Meeting(bodyId, D(date)), paragraph);

    async Task TellTheStory(HttpClient api)
    {
        await api.Accept("/api/bodies", new RegisterBody(Hsn, BodyKind.Namnd, null, D("2023-01-01")));
        await api.Accept("/api/bodies", new RegisterBody(HsnAu, BodyKind.Utskott, Hsn, D("2023-01-01")));
        await api.Accept("/api/cases", new OpenCase("HSN/5/2023", "Månadsrapport per mars 2023", D("2023-04-01")));
        await api.Accept("/api/cases", new OpenCase("HSN/570/2023", "Åtgärder för ekonomi i balans", D("2023-04-01")));

        // 2023-04-18: the nämnd gives the regiondirektör two assignments "till nämndens nästa sammanträde".
        await api.Accept("/api/meetings", new HoldMeeting(HsnId, new MeetingDetails(D("2023-04-18"), new TimeOnly(9, 0), new TimeOnly(12, 0), "Regionhuset")));
        foreach (var (paragraph, caseNumber) in new[] { (45, "HSN/5/2023"), (46, "HSN/570/2023") })
        {
            await api.Accept("/api/decisions", new TakeDecision(Decision(HsnId, "2023-04-18", paragraph, "Åtgärder för ekonomi i balans", caseNumber,
                DecisionKind.Decision, "Regiondirektören får i uppdrag att till nämndens nästa sammanträde identifiera möjliga kostnadsminskningar inom hälso- och sjukvården.")));
            await api.Accept("/api/assignments", new GiveAssignment(DecisionId(HsnId, "2023-04-18", paragraph), 1, HsnId, caseNumber,
                "Regiondirektören", "Identifiera möjliga kostnadsminskningar inom hälso- och sjukvården",
                Due.NextMeeting(HsnId, "till nämndens nästa sammanträde"), D("2023-04-18")));
        }

        // 2023-05-04: the tjänsteskrivelse reports back and proposes four new report-backs.
        await api.Accept("/api/cases/documents", new FileDocument("HSN/570/2023", new DocumentDetails(DocumentKind.OfficialReport, D("2023-05-04"),
            "Åtgärder för ekonomi i balans", "Henrik Wahlström",
            [new Proposal("Hälso- och sjukvårdsnämnden godkänner redovisad rapport.", []),
             new Proposal("Regiondirektören får i uppdrag att vid nämndens sammanträde i september redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet.",
                 [new ProposedAssignment("Regiondirektören", "redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet", "vid nämndens sammanträde i september")])],
            ["Regiondirektör", "hälso- och sjukvårdsdirektör"])));

        // 2023-05-16: the nämnd approves the report (closing both) and gives four new assignments.
        await api.Accept("/api/meetings", new HoldMeeting(HsnId, new MeetingDetails(D("2023-05-16"), null, null, null)));
        await api.Accept("/api/decisions", new TakeDecision(Decision(HsnId, "2023-05-16", 60, "Åtgärder för ekonomi i balans", "HSN/570/2023", DecisionKind.Decision,
            "Hälso- och sjukvårdsnämnden godkänner redovisad rapport.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i september redovisa uppföljning av resultatförbättrande åtgärder.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i juni redovisa uppdatering om arbetet för att uppnå hyroberoende.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i september redovisa befintliga personalresurser och personalomsättning.",
            "Regiondirektören får i uppdrag att vid nämndens sammanträde i oktober redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans.")));
        var approval = DecisionId(HsnId, "2023-05-16", 60);
        foreach (var paragraph in new[] { 45, 46 })
        {
            var id = StreamIds.Assignment(DecisionId(HsnId, "2023-04-18", paragraph), 1);
            await api.Accept("/api/assignments/report-backs", new ReceiveReportBack(id,
                new ReportBack(D("2023-05-16"), StreamIds.Meeting(HsnId, D("2023-05-16")), ReportCompleteness.Complete, "Rapport om identifierade kostnadsminskningar")));
            await api.Accept("/api/assignments/closing", new CloseAssignment(id, approval, D("2023-05-16")));
        }
        foreach (var (clause, month, task) in new[] { (2, 9, "uppföljning av resultatförbättrande åtgärder"), (3, 6, "hyroberoende"), (4, 9, "personalresurser"), (5, 10, "långsiktigt arbete") })
            await api.Accept("/api/assignments", new GiveAssignment(approval, clause, HsnId, "HSN/570/2023", "Regiondirektören", task,
                Due.MeetingInMonth(HsnId, month, D("2023-05-16"), $"vid nämndens sammanträde i månad {month}"), D("2023-05-16")));

        // 2023-11-29: the AU hears the follow-up and gives förvaltningen an assignment to its next meeting.
        await api.Accept("/api/meetings", new HoldMeeting(AuId, new MeetingDetails(D("2023-11-29"), new TimeOnly(9, 0), new TimeOnly(10, 37), "Konferensrum Linden, Eklundavägen 1")));
        var au = StreamIds.Meeting(AuId, D("2023-11-29"));
        await api.Accept("/api/meetings/attendance", new RecordAttendance(au, new Attendance(
            [new Attendee("Jenny Steen", "S", "ordförande"), new Attendee("Erica Gidlöf", "KD", ServesFor: "Anna Blomquist"), new Attendee("Anna Stark", "M", ServesFor: "Anna Nordqvist")],
            [new Attendee("Maria Karlsson", "S")],
            [new Official("Peter Hansson", "ekonomichef", [26, 27, 28]), new Official("Jonas Claesson", "hälso- och sjukvårdsdirektör")])));
        await api.Accept("/api/meetings/paragraphs", new RecordParagraph(au, new Paragraph(28, "Information - Handlingsplaner för ekonomi i balans, aktuellt läge", "HSN/570/2023", [])));
        await api.Accept("/api/decisions", new TakeDecision(Decision(AuId, "2023-11-29", 28, "Information - Handlingsplaner för ekonomi i balans, aktuellt läge", "HSN/570/2023",
            DecisionKind.Noted, "Till nästkommande sammanträde ges förvaltningen ett uppdrag att återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024.")));
        await api.Accept("/api/assignments", new GiveAssignment(DecisionId(AuId, "2023-11-29", 28), 1, AuId, "HSN/570/2023", "förvaltningen",
            "återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024", Due.NextMeeting(AuId, "till nästkommande sammanträde"), D("2023-11-29")));
        await api.Accept("/api/meetings/adjustment", new AdjustMinutes(au, ["Jenny Steen", "Anna Stark"], D("2023-12-08"), D("2023-12-13")));
        await api.Accept("/api/meetings/posting", new PostMinutes(au, D("2023-12-08"), D("2023-12-30")));

        // 2024-04-09: the AU meets again, which dates the förvaltning's assignment.
        await api.Accept("/api/meetings", new HoldMeeting(AuId, new MeetingDetails(D("2024-04-09"), new TimeOnly(14, 0), new TimeOnly(16, 0), "Konferensrum Linden, Eklundavägen 1")));
    }

    [Fact]
    public async Task The_economy_in_balance_thread_told_by_commands_alone_reads_back_from_every_stream()
    {
        await TellTheStory(app.CreateClient());
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var hsn = (await session.LoadAsync<BodyState>(HsnId)).ShouldNotBeNull();
        hsn.MeetingDates.ShouldBe([D("2023-04-18"), D("2023-05-16")]);
        (await session.LoadAsync<BodyState>(AuId)).ShouldNotBeNull().ParentBodyId.ShouldBe(HsnId);

        var first = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(DecisionId(HsnId, "2023-04-18", 45), 1))).ShouldNotBeNull();
        first.Status.ShouldBe(AssignmentStatus.Closed);
        first.Due.Date.ShouldBe(D("2023-05-16")); // "nästa sammanträde" resolved by the meeting of 2023-05-16
        first.ClosedBy.ShouldBe(DecisionId(HsnId, "2023-05-16", 60));

        var june = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(DecisionId(HsnId, "2023-05-16", 60), 3))).ShouldNotBeNull();
        june.Status.ShouldBe(AssignmentStatus.Given);
        june.Due.Latest.ShouldBe(D("2023-06-30"));

        var auAssignment = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(DecisionId(AuId, "2023-11-29", 28), 1))).ShouldNotBeNull();
        auAssignment.Due.Date.ShouldBe(D("2024-04-09"));
        var resolved = (await session.Events.FetchStreamAsync(auAssignment.Id)).Select(e => e.Data).OfType<DueResolved>().Single();
        resolved.OccurredOn.ShouldBe(D("2024-04-09")); // known only when that meeting was

        var meeting = (await session.LoadAsync<MeetingState>(StreamIds.Meeting(AuId, D("2023-11-29")))).ShouldNotBeNull();
        meeting.AppealEndsOn.ShouldBe(D("2023-12-29"));
        meeting.AttendanceIn(28).Deciders.Select(a => a.Name).ShouldContain("Anna Stark");
        meeting.AttendanceIn(28).Officials.Select(o => o.Name).ShouldBe(["Peter Hansson", "Jonas Claesson"]);

        var @case = (await session.LoadAsync<CaseState>(StreamIds.Case("HSN/570/2023"))).ShouldNotBeNull();
        @case.Decisions.Select(d => d.DecisionId).ShouldBe(
            [DecisionId(HsnId, "2023-04-18", 46), DecisionId(HsnId, "2023-05-16", 60), DecisionId(AuId, "2023-11-29", 28)]);
        @case.Documents.ShouldHaveSingleItem().Details.Proposals.Count.ShouldBe(2);

        // Every event says who recorded it.
        var events = await session.Events.QueryAllRawEvents().ToListAsync();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UserName == app.Registrator.Name);
    }

    [Fact]
    public async Task Repeating_a_command_for_a_recorded_fact_appends_nothing()
    {
        var api = app.CreateClient();
        await api.Accept("/api/bodies", new RegisterBody("Regionstyrelsen", BodyKind.Styrelse, null, D("2023-01-01")));
        var again = await api.Accept("/api/bodies", new RegisterBody("Regionstyrelsen", BodyKind.Styrelse, null, D("2023-01-01")));
        again.GetProperty("events").GetArrayLength().ShouldBe(0);
        again.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_different_fact_for_a_recorded_body_is_refused_with_409_asking_for_a_correction()
    {
        var api = app.CreateClient();
        await api.Accept("/api/bodies", new RegisterBody("Kommunfullmäktige", BodyKind.Fullmaktige, null, D("2023-01-01")));
        var response = await api.Send("/api/bodies", new RegisterBody("Kommunfullmäktige", BodyKind.Styrelse, null, D("2023-01-01")));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("correction");
    }
}
