using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using DecisionKind = Decisions.Decisions.DecisionKind;
using Decisions.Import;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;

namespace Decisions.Tests.Import;

/// <summary>From previews to the register: every seed's facts, safe repetition, corrections, and arrival order that does not matter.</summary>
public class ImporterTests
{
    /// <summary>Seed 003 names neither body, date nor §: the secretary supplies them at import.</summary>
    static readonly ImportOverrides ForTheBoardExtract = new("Regionstyrelsens arbetsutskott", new DateOnly(2024, 2, 13), "12");

    static Task<ImportOutcome> ImportFixture(Register register, string name) =>
        register.Import(Fixture.Preview(name), name == Fixture.BoardAuExtract ? ForTheBoardExtract : null);

    /// <summary>Imports two documents, <paramref name="later"/> first when <paramref name="laterFirst"/> is set.</summary>
    static async Task<Register> ImportedInOrder(string name, bool laterFirst, string later, string earlier)
    {
        var register = await Register.CreateAsync(name);
        foreach (var document in laterFirst ? [later, earlier] : new[] { earlier, later }) await ImportFixture(register, document);
        return register;
    }

    static async Task<AssignmentState> FirstAssignmentOf(Register register, string body, DateOnly meeting, int paragraph)
    {
        await using var session = register.Store.QuerySession();
        return (await session.LoadAsync<AssignmentState>(
            StreamIds.Assignment(StreamIds.Decision(StreamIds.Meeting(StreamIds.Body(body), meeting), paragraph), 1))).ShouldNotBeNull();
    }

    static readonly string[] Seeds = [Fixture.AuMinutes2023, Fixture.AuMinutes2024, Fixture.ReportBackReport, Fixture.BoardAuExtract, Fixture.BriefingMemo];

    [Fact]
    public async Task The_five_seeds_become_meetings_decisions_an_assignment_and_waiting_report_backs()
    {
        await using var register = await Register.CreateAsync(nameof(The_five_seeds_become_meetings_decisions_an_assignment_and_waiting_report_backs));
        foreach (var seed in Seeds) await ImportFixture(register, seed);

        await using var session = register.Store.QuerySession();
        var au = StreamIds.Body("Hälso- och sjukvårdsnämndens arbetsutskott");
        var meeting = (await session.LoadAsync<MeetingState>(StreamIds.Meeting(au, new DateOnly(2023, 11, 29)))).ShouldNotBeNull();
        meeting.AppealEndsOn.ShouldBe(new DateOnly(2023, 12, 29));
        meeting.Attendance.ShouldNotBeNull().Serving.Single(s => s.Name == "Erica Gidlöf").ServesFor.ShouldBe("Anna Blomquist");
        meeting.Paragraphs.Select(p => p.Number).ShouldBe([26, 27, 28, 29]);

        var assignment = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(StreamIds.Decision(meeting.Id, 28), 1))).ShouldNotBeNull();
        assignment.Assignee.ShouldBe("förvaltningen");
        assignment.Due.Text.ShouldBe("till nästkommande sammanträde");
        assignment.Due.Date.ShouldBe(new DateOnly(2024, 4, 9)); // the AU's next meeting, from seed 001

        var hsn = StreamIds.Body("Hälso- och sjukvårdsnämnden");
        var cited = (await session.LoadAsync<CitationsState>(StreamIds.Citations(StreamIds.Decision(StreamIds.Meeting(hsn, new DateOnly(2023, 4, 18)), 45)))).ShouldNotBeNull();
        cited.Reports.ShouldHaveSingleItem().Report.Completeness.ShouldBe(ReportCompleteness.Complete);

        var reportCase = (await session.LoadAsync<CaseState>(StreamIds.Case("HSN/570/2023"))).ShouldNotBeNull();
        reportCase.Documents.ShouldHaveSingleItem().Details.Proposals.Count.ShouldBe(5);
        reportCase.Decisions.ShouldBeEmpty(); // proposals are not decisions

        var board = (await session.LoadAsync<DecisionState>(StreamIds.Decision(StreamIds.Meeting(StreamIds.Body("Regionstyrelsens arbetsutskott"), new DateOnly(2024, 2, 13)), 12))).ShouldNotBeNull();
        board.Details.Kind.ShouldBe(DecisionKind.ProposalToOtherBody); // it files the dialogue and proposes to the board
    }

    [Fact]
    public async Task Importing_the_same_document_again_adds_nothing()
    {
        await using var register = await Register.CreateAsync(nameof(Importing_the_same_document_again_adds_nothing));
        var first = await ImportFixture(register, Fixture.AuMinutes2023);
        first.Events.ShouldBeGreaterThan(0);
        var count = await register.EventCount();

        var again = await ImportFixture(register, Fixture.AuMinutes2023);
        again.Events.ShouldBe(0);
        (await register.EventCount()).ShouldBe(count);
    }

    [Fact]
    public async Task A_corrected_version_of_an_imported_protocol_records_corrections_not_duplicates()
    {
        await using var register = await Register.CreateAsync(nameof(A_corrected_version_of_an_imported_protocol_records_corrections_not_duplicates));
        await ImportFixture(register, Fixture.AuMinutes2023);

        var corrected = Fixture.Text(Fixture.AuMinutes2023)
            .Replace("Plats Konferensrum Linden, Eklundavägen 1", "Plats Konferensrum Eken, Eklundavägen 1")
            .Replace("Anna Gunnarsson (C)", "Anna Gunnarsson (C)\n\nIngvar Ernstson (C)");
        var outcome = await register.Import(ProtocolParser.Parse(corrected, "000 rättad.txt"));

        outcome.Meetings.ShouldBe(0);
        await using var session = register.Store.QuerySession();
        var events = (await session.Events.FetchStreamAsync(StreamIds.Meeting(StreamIds.Body("Hälso- och sjukvårdsnämndens arbetsutskott"), new DateOnly(2023, 11, 29))))
            .Select(e => e.Data).ToList();
        events.OfType<MeetingHeld>().ShouldHaveSingleItem();
        events.OfType<MeetingCorrected>().ShouldHaveSingleItem().Details.Place.ShouldBe("Konferensrum Eken, Eklundavägen 1");
        events.OfType<AttendanceCorrected>().ShouldHaveSingleItem().Attendance.Serving.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Importing_the_seeds_in_different_orders_gives_the_same_register()
    {
        string[][] orders = [Seeds, [.. Seeds.Reverse()], [Seeds[2], Seeds[1], Seeds[4], Seeds[0], Seeds[3]]];
        var registers = new List<SortedDictionary<string, string>>();
        foreach (var (order, i) in orders.Select((o, i) => (o, i)))
        {
            await using var register = await Register.CreateAsync($"seedorder{i}");
            foreach (var seed in order) await ImportFixture(register, seed);
            registers.Add(await register.Snapshot());
        }
        registers[0].Count.ShouldBeGreaterThan(10);
        registers[1].ShouldBe(registers[0]);
        registers[2].ShouldBe(registers[0]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_report_back_attaches_to_the_assignment_it_cites_whichever_document_arrives_first(bool reportFirst)
    {
        await using var register = await ImportedInOrder($"citation{reportFirst}", reportFirst, Fixture.ReportBackReport, Fixture.NamndMinutesCitedByReport);
        foreach (var paragraph in new[] { 45, 46 })
        {
            var assignment = await FirstAssignmentOf(register, "Hälso- och sjukvårdsnämnden", new DateOnly(2023, 4, 18), paragraph);
            assignment.Status.ShouldBe(AssignmentStatus.Reported);
            assignment.ReportBacks.ShouldHaveSingleItem().On.ShouldBe(new DateOnly(2023, 5, 4));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_decision_that_approves_the_report_closes_the_cited_assignment_in_either_order(bool closingFirst)
    {
        await using var register = await ImportedInOrder($"closing{closingFirst}", closingFirst, Fixture.NamndReportBackMinutes, Fixture.NamndMinutesGivingAssignment);
        var assignment = await FirstAssignmentOf(register, "Barn- och utbildningsnämnden", new DateOnly(2023, 11, 14), 88);
        assignment.Status.ShouldBe(AssignmentStatus.Closed);
        assignment.ClosedBy.ShouldBe(StreamIds.Decision(StreamIds.Meeting(StreamIds.Body("Barn- och utbildningsnämnden"), new DateOnly(2024, 6, 11)), 31));
    }

    [Fact]
    public async Task A_document_that_cannot_be_placed_is_refused_naming_what_is_missing_and_writes_nothing()
    {
        await using var register = await Register.CreateAsync(nameof(A_document_that_cannot_be_placed_is_refused_naming_what_is_missing_and_writes_nothing));
        var refused = await Should.ThrowAsync<ImportRefused>(() => register.Import(Fixture.Preview(Fixture.BoardAuExtract)));
        refused.Message.ShouldContain(Fixture.BoardAuExtract);
        refused.Message.ShouldContain("organ");
        (await register.EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task A_document_refused_halfway_leaves_nothing_of_itself_behind()
    {
        await using var register = await Register.CreateAsync(nameof(A_document_refused_halfway_leaves_nothing_of_itself_behind));
        // The body and meeting are fine, but the extract's only paragraph has no number: nothing may be written.
        await Should.ThrowAsync<ImportRefused>(() => register.Import(Fixture.Preview(Fixture.BoardAuExtract), ForTheBoardExtract with { Paragraph = null }));
        (await register.EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task A_case_number_supplied_for_a_paragraph_puts_its_decision_and_assignment_in_that_case()
    {
        await using var register = await Register.CreateAsync(nameof(A_case_number_supplied_for_a_paragraph_puts_its_decision_and_assignment_in_that_case));
        await register.Import(Fixture.Preview(Fixture.AuMinutes2023), new ImportOverrides(CaseNumbers: new Dictionary<string, string> { ["28"] = "HSN/570/2023" }));

        await using var session = register.Store.QuerySession();
        var meetingId = StreamIds.Meeting(StreamIds.Body("Hälso- och sjukvårdsnämndens arbetsutskott"), new DateOnly(2023, 11, 29));
        var @case = (await session.LoadAsync<CaseState>(StreamIds.Case("HSN/570/2023"))).ShouldNotBeNull();
        @case.Decisions.ShouldHaveSingleItem().DecisionId.ShouldBe(StreamIds.Decision(meetingId, 28));
        (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(StreamIds.Decision(meetingId, 28), 1))).ShouldNotBeNull().Given.CaseNumber.ShouldBe("HSN/570/2023");
    }

    [Fact]
    public async Task A_document_citing_an_assignment_that_is_already_closed_is_imported_and_leaves_the_closing_standing()
    {
        await using var register = await Register.CreateAsync(nameof(A_document_citing_an_assignment_that_is_already_closed_is_imported_and_leaves_the_closing_standing));
        await ImportFixture(register, Fixture.NamndMinutesGivingAssignment);
        await ImportFixture(register, Fixture.NamndReportBackMinutes);
        // A later meeting approves the same report again and extends the closed assignment's time.
        var later = Fixture.Text(Fixture.NamndReportBackMinutes)
            .Replace("2024-06-11", "2024-09-10").Replace("2024-06-14", "2024-09-13").Replace("2024-06-17", "2024-09-16").Replace("2024-07-09", "2024-10-08")
            .Replace("den 12 mars 2024, § 19", "den 14 november 2023, § 88");
        await register.Import(ProtocolParser.Parse(later, "bun 2024-09-10.txt"));

        await using var session = register.Store.QuerySession();
        var bun = StreamIds.Body("Barn- och utbildningsnämnden");
        var assignment = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(StreamIds.Decision(StreamIds.Meeting(bun, new DateOnly(2023, 11, 14)), 88), 1))).ShouldNotBeNull();
        assignment.Status.ShouldBe(AssignmentStatus.Closed);
        assignment.ClosedBy.ShouldBe(StreamIds.Decision(StreamIds.Meeting(bun, new DateOnly(2024, 6, 11)), 31));
    }

    [Fact]
    public async Task A_corrected_task_keeps_the_meeting_its_due_was_resolved_to_and_importing_the_correction_again_adds_nothing()
    {
        await using var register = await Register.CreateAsync(nameof(A_corrected_task_keeps_the_meeting_its_due_was_resolved_to_and_importing_the_correction_again_adds_nothing));
        await ImportFixture(register, Fixture.AuMinutes2023);
        await ImportFixture(register, Fixture.AuMinutes2024); // the AU's next meeting: the § 28 due becomes 2024-04-09

        var corrected = ProtocolParser.Parse(Fixture.Text(Fixture.AuMinutes2023).Replace("en tydlig plan", "en tydlig och tidsatt plan"), "000 rättad.txt");
        (await register.Import(corrected)).Events.ShouldBeGreaterThan(0);
        (await register.Import(corrected)).Events.ShouldBe(0);

        await using var session = register.Store.QuerySession();
        var meetingId = StreamIds.Meeting(StreamIds.Body("Hälso- och sjukvårdsnämndens arbetsutskott"), new DateOnly(2023, 11, 29));
        var assignment = (await session.LoadAsync<AssignmentState>(StreamIds.Assignment(StreamIds.Decision(meetingId, 28), 1))).ShouldNotBeNull();
        assignment.Task.ShouldContain("tydlig och tidsatt plan");
        assignment.Due.Date.ShouldBe(new DateOnly(2024, 4, 9));
    }
}
