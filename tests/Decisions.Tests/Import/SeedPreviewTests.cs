using Decisions.Import;

namespace Decisions.Tests.Import;

public class The_2023_au_minutes
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.AuMinutes2023);

    [Fact]
    public void Are_minutes_of_the_hsn_working_committee_held_on_2023_11_29()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.Protocol);
        _preview.Body.ShouldBe("Hälso- och sjukvårdsnämndens arbetsutskott");
        _preview.MeetingDate.ShouldBe(new DateOnly(2023, 11, 29));
        _preview.MeetingStart.ShouldBe(new TimeOnly(9, 0));
        _preview.MeetingEnd.ShouldBe(new TimeOnly(10, 37));
        _preview.Place.ShouldBe("Konferensrum Linden, Eklundavägen 1");
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Were_adjusted_and_posted_on_2023_12_08_so_the_appeal_period_ends_2023_12_29()
    {
        _preview.AdjustedBy.ShouldBe(["Anna Stark"]);
        _preview.AdjustLatest.ShouldBe(new DateOnly(2023, 12, 13));
        _preview.AdjustedOn.ShouldBe(new DateOnly(2023, 12, 8));
        _preview.PostedOn.ShouldBe(new DateOnly(2023, 12, 8));
        _preview.TakenDownOn.ShouldBe(new DateOnly(2023, 12, 30));
        _preview.AppealEndsOn.ShouldBe(new DateOnly(2023, 12, 29));
    }

    [Fact]
    public void Have_five_serving_members_of_whom_two_serve_for_an_absent_member()
    {
        _preview.Serving.Select(s => (s.Name, s.Party, s.ServesFor)).ShouldBe(
        [
            ("Jenny Steen", "S", null), ("Elin Jensen", "SD", null), ("Anna Gunnarsson", "C", null),
            ("Erica Gidlöf", "KD", "Anna Blomquist"), ("Anna Stark", "M", "Anna Nordqvist"),
        ]);
        _preview.Serving[0].Role.ShouldBe("ordförande");
        _preview.Serving[1].Role.ShouldBe("2:e vice ordförande");
        _preview.PresentSubstitutes.ShouldBe([new Attendee("Maria Karlsson", "S")]);
    }

    [Fact]
    public void List_officials_with_the_paragraphs_they_attended_and_null_for_the_whole_meeting()
    {
        _preview.Others.Select(o => o.Name).ShouldBe(["Åsa Thor Gustafsson", "Jonas Claesson", "Peter Hansson", "Maria Boström"]);
        _preview.Others[0].Role.ShouldBe("HR-chef");
        _preview.Others[0].Paragraphs.ShouldBe([27]);
        _preview.Others[1].Paragraphs.ShouldBeNull();
        _preview.Others[2].Role.ShouldBe("ekonomichef");
        _preview.Others[2].Paragraphs.ShouldBe([26, 27, 28]);
        _preview.Others[3].Paragraphs.ShouldBeNull();
    }

    [Fact]
    public void Hold_paragraphs_26_to_29_each_adjusted_at_once_and_not_the_table_of_contents()
    {
        _preview.Paragraphs.Select(p => p.Number).ShouldBe(["26", "27", "28", "29"]);
        _preview.Paragraphs.ShouldAllBe(p => p.AdjustedImmediately);
        _preview.Paragraphs[0].Title.ShouldBe("Protokollsjustering");
        _preview.Paragraphs[0].FirstLine.ShouldBe(79);
    }

    [Fact]
    public void Record_in_paragraph_26_the_decision_on_who_adjusts_the_minutes()
    {
        var decision = _preview.Paragraphs[0].Decisions.ShouldHaveSingleItem();
        decision.Text.ShouldStartWith("ordföranden och Anna Stark (M) justerar dagens protokoll");
        decision.Kind.ShouldBe(DecisionKind.Decision);
    }

    [Fact]
    public void Give_the_administration_in_paragraph_28_an_assignment_due_at_the_next_meeting()
    {
        var p28 = _preview.Paragraphs[2];
        var assignment = p28.Assignments.ShouldHaveSingleItem();
        assignment.Assignee.ShouldBe("förvaltningen");
        assignment.Task.ShouldBe("återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024");
        assignment.Due.ShouldBe(new DuePreview(DueKind.Meeting, null, "till nästkommande sammanträde", null));
    }

    [Fact]
    public void Mark_paragraph_28_as_a_partial_report_that_cites_no_decision()
    {
        var p28 = _preview.Paragraphs[2];
        p28.ReportStatus.ShouldBe(ReportStatus.Partial);
        p28.ReportsBack.ShouldBeEmpty();
        p28.Decisions.ShouldBeEmpty();
    }
}

public class The_2024_au_minutes
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.AuMinutes2024);

    [Fact]
    public void Are_minutes_held_on_2024_04_09_adjusted_and_posted_on_2024_04_15()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.Protocol);
        _preview.Body.ShouldBe("Hälso- och sjukvårdsnämndens arbetsutskott");
        _preview.MeetingDate.ShouldBe(new DateOnly(2024, 4, 9));
        _preview.AdjustedOn.ShouldBe(new DateOnly(2024, 4, 15));
        _preview.PostedOn.ShouldBe(new DateOnly(2024, 4, 15));
        _preview.TakenDownOn.ShouldBe(new DateOnly(2024, 5, 7));
        _preview.AppealEndsOn.ShouldBe(new DateOnly(2024, 5, 6));
        _preview.AdjustLatest.ShouldBe(new DateOnly(2024, 4, 23));
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_attendance_written_without_blank_lines()
    {
        _preview.Serving.Count.ShouldBe(5);
        _preview.Serving[1].ShouldBe(new ServingMember("Anna Blomquist", "KD", null, "vice ordförande"));
        _preview.Serving[4].ServesFor.ShouldBe("Anna Nordqvist");
        _preview.PresentSubstitutes.Select(s => s.Name).ShouldBe(["Maria Karlsson", "Erica Gidlöf", "Ingvar Ernstson"]);
        _preview.Others.Single(o => o.Name == "John Domenstam").Paragraphs.ShouldBe([5]);
    }

    [Fact]
    public void Hold_paragraphs_4_to_7_with_the_follow_up_in_7_as_a_partial_report()
    {
        _preview.Paragraphs.Select(p => p.Number).ShouldBe(["4", "5", "6", "7"]);
        _preview.Paragraphs[0].Decisions.ShouldHaveSingleItem();
        _preview.Paragraphs[3].ReportStatus.ShouldBe(ReportStatus.Partial);
        _preview.Paragraphs[3].ReportsBack.ShouldBeEmpty();
        _preview.Paragraphs.SelectMany(p => p.Assignments).ShouldBeEmpty();
    }
}

public class The_report_back_tjansteskrivelse
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.ReportBackReport);
    ParagraphPreview Matter => _preview.Paragraphs.ShouldHaveSingleItem();

    [Fact]
    public void Is_an_official_report_dated_2023_05_04_in_case_hsn_570_2023()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.OfficialReport);
        _preview.DocumentDate.ShouldBe(new DateOnly(2023, 5, 4));
        _preview.CaseNumber.ShouldBe("HSN/570/2023");
        _preview.Title.ShouldBe("Åtgärder för ekonomi i balans");
        Matter.Number.ShouldBeNull();
        Matter.CaseNumber.ShouldBe("HSN/570/2023");
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Reports_back_in_full_on_the_assignments_of_paragraphs_45_and_46_on_2023_04_18()
    {
        Matter.ReportsBack.Select(r => r.RefersTo).ShouldBe(
        [
            new DecisionReference("Hälso- och sjukvårdsnämnden", new DateOnly(2023, 4, 18), "45", "HSN/5/2023"),
            new DecisionReference("Hälso- och sjukvårdsnämnden", new DateOnly(2023, 4, 18), "46", "HSN/570/2023"),
        ]);
        Matter.ReportsBack.ShouldAllBe(r => r.Completes);
        Matter.ReportStatus.ShouldBe(ReportStatus.Complete);
    }

    [Fact]
    public void Makes_five_proposals_to_the_namnd_and_no_decisions()
    {
        Matter.Decisions.ShouldBeEmpty();
        Matter.Assignments.ShouldBeEmpty();
        Matter.Proposals.Count.ShouldBe(5);
        Matter.Proposals.ShouldAllBe(p => p.To == "Hälso- och sjukvårdsnämnden" && p.Kind == DecisionKind.Proposal);
        Matter.Proposals[0].Text.ShouldBe("Hälso- och sjukvårdsnämnden godkänner redovisad rapport.");
        Matter.Proposals[0].Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void Proposes_four_assignments_to_the_regiondirektor_due_at_meetings_in_june_september_and_october()
    {
        var assignments = Matter.Proposals.SelectMany(p => p.Assignments).ToList();
        assignments.Count.ShouldBe(4);
        assignments.ShouldAllBe(a => a.Assignee == "Regiondirektören" && a.Due.Kind == DueKind.Meeting);
        assignments.Select(a => a.Due.Latest).ShouldBe(
            [new DateOnly(2023, 9, 30), new DateOnly(2023, 6, 30), new DateOnly(2023, 9, 30), new DateOnly(2023, 10, 31)]);
        assignments[0].Due.Text.ShouldBe("vid nämndens sammanträde i september");
        assignments[0].Task.ShouldBe("redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet");
    }
}

public class The_board_au_extract_without_a_head
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.BoardAuExtract);
    ParagraphPreview Matter => _preview.Paragraphs.ShouldHaveSingleItem();

    [Fact]
    public void Is_read_as_an_extract_whose_body_is_left_empty_with_a_warning_on_the_deciding_line()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.Extract);
        _preview.Body.ShouldBeNull();
        _preview.Warnings.ShouldContain(w => w.Line == 36 && w.Message.Contains("Arbetsutskottet"));
        Matter.Number.ShouldBeNull();
    }

    [Fact]
    public void Files_the_dialogue_as_its_own_decision()
    {
        var decision = Matter.Decisions.ShouldHaveSingleItem();
        decision.Text.ShouldBe("lägga dialogen till handlingarna");
        decision.Kind.ShouldBe(DecisionKind.Noted);
        decision.Line.ShouldBe(36);
    }

    [Fact]
    public void Proposes_to_the_regional_board_that_it_keeps_following_the_namnd()
    {
        var proposal = Matter.Proposals.ShouldHaveSingleItem();
        proposal.To.ShouldBe("Regionstyrelsen");
        proposal.Text.ShouldStartWith("regionstyrelsen fortsätter att följa nämndens ekonomiska utveckling");
        proposal.Assignments.ShouldBeEmpty();
    }
}

public class The_briefing_memo
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.BriefingMemo);
    ParagraphPreview Matter => _preview.Paragraphs.ShouldHaveSingleItem();

    [Fact]
    public void Is_an_official_report_for_the_meeting_on_2023_10_19_in_case_23RS9432()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.OfficialReport);
        _preview.Body.ShouldBe("Hälsa- och sjukvårdsnämnden");
        _preview.MeetingDate.ShouldBe(new DateOnly(2023, 10, 19));
        _preview.CaseNumber.ShouldBe("23RS9432");
        _preview.Title.ShouldBe("Utvecklingsplan för hälsa- och sjukvården");
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Proposes_two_assignments_to_the_administration_without_a_due_and_decides_nothing()
    {
        Matter.Decisions.ShouldBeEmpty();
        Matter.Assignments.ShouldBeEmpty();
        Matter.Proposals.Count.ShouldBe(2);
        Matter.Proposals.ShouldAllBe(p => p.To == "Hälsa- och sjukvårdsnämnden");
        var assignments = Matter.Proposals.SelectMany(p => p.Assignments).ToList();
        assignments.Select(a => a.Assignee).ShouldBe(["Hälsa- och sjukvårdsförvaltningen", "Hälsa- och sjukvårdsförvaltningen"]);
        assignments.ShouldAllBe(a => a.Due == DuePreview.None);
        assignments[1].Task.ShouldBe("minska kostnaderna för administration i centrala staber och verksamhetsområden med 10 procent");
    }

    [Fact]
    public void Does_not_take_its_yearly_follow_up_for_an_assignment()
    {
        Matter.ReportsBack.ShouldBeEmpty();
        Matter.Proposals.SelectMany(p => p.Assignments).ShouldAllBe(a => a.Due.Kind != DueKind.Recurring);
    }
}
