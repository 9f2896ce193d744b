using Decisions.Import;

namespace Decisions.Tests.Import;

public class Council_minutes_with_a_vote
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.CouncilMinutes);
    ParagraphPreview Paragraph(string number) => _preview.Paragraphs.Single(p => p.Number == number);

    [Fact]
    public void Read_the_place_and_time_line_and_the_posting_wording()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.Protocol);
        _preview.Body.ShouldBe("Kommunfullmäktige");
        _preview.Place.ShouldBe("Stadshuset, Sessionssalen");
        _preview.MeetingDate.ShouldBe(new DateOnly(2025, 3, 12));
        _preview.MeetingStart.ShouldBe(new TimeOnly(18, 0));
        _preview.MeetingEnd.ShouldBe(new TimeOnly(21, 15));
        _preview.AdjustedBy.ShouldBe(["Johan Ek", "Karin Öberg"]);
        _preview.AdjustedOn.ShouldBe(new DateOnly(2025, 3, 17));
        _preview.PostedOn.ShouldBe(new DateOnly(2025, 3, 18));
        _preview.TakenDownOn.ShouldBe(new DateOnly(2025, 4, 9));
        _preview.AppealEndsOn.ShouldBe(new DateOnly(2025, 4, 8));
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_substitutes_who_serve_for_a_member_in_either_wording()
    {
        _preview.Serving.Single(s => s.Name == "Sofia Berg").ServesFor.ShouldBe("Nils Dahl");
        _preview.Serving.Single(s => s.Name == "Lena Holm").ServesFor.ShouldBe("Olof Strand");
        _preview.Serving.Single(s => s.Name == "Johan Ek").Role.ShouldBe("1:e vice ordförande");
        _preview.Others.Single(o => o.Name == "Eva Lind").Paragraphs.ShouldBe([40, 42]);
    }

    [Fact]
    public void Number_paragraphs_without_the_body_prefix_and_keep_the_prefix_and_case_apart()
    {
        _preview.Paragraphs.Select(p => p.Number).ShouldBe(["40", "41", "42", "43", "44"]);
        _preview.Paragraphs.ShouldAllBe(p => p.BodyPrefix == "KF");
        Paragraph("41").Title.ShouldBe("Motion om fler cykelbanor");
        Paragraph("41").CaseNumber.ShouldBe("KS 2024/0311");
        Paragraph("42").CaseNumber.ShouldBe("KS 2025/0040");
    }

    [Fact]
    public void Record_the_vote_the_motions_the_dissent_and_the_note()
    {
        var p41 = Paragraph("41");
        p41.Votes.ShouldBe([new VotePreview(31, 18, 2, 48)]);
        p41.Motions.Select(m => m.Name).ShouldBe(["Maria Lund", "Johan Ek"]);
        p41.Reservations.ShouldBe([new NamedPerson("Johan Ek", "M")]);
        p41.Notes.ShouldHaveSingleItem().ShouldContain("trafiksäkerheten");
    }

    [Fact]
    public void Split_att_clauses_and_read_an_assignment_due_on_a_date_in_words()
    {
        var p41 = Paragraph("41");
        p41.Decisions.Select(d => d.Text).ShouldBe(["bifalla motionen", "uppdra åt kommunstyrelsen att senast den 30 april 2025 redovisa en plan för utbyggnaden."]);
        var assignment = p41.Assignments.ShouldHaveSingleItem();
        assignment.Assignee.ShouldBe("kommunstyrelsen");
        assignment.Task.ShouldBe("redovisa en plan för utbyggnaden");
        assignment.Due.ShouldBe(new DuePreview(DueKind.Date, new DateOnly(2025, 4, 30), "senast den 30 april 2025", new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public void Record_disqualification_sending_back_and_postponing()
    {
        Paragraph("42").Disqualified.ShouldBe([new NamedPerson("Per Nyström", "S")]);
        Paragraph("43").Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.SentBack);
        Paragraph("44").Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Postponed);
    }
}

public class An_extract_of_one_paragraph
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.OneParagraphExtract);

    [Fact]
    public void Keeps_the_year_suffixed_number_and_the_case_number_of_the_paragraph()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.Extract);
        _preview.Body.ShouldBe("Kommunstyrelsen");
        _preview.MeetingDate.ShouldBe(new DateOnly(2020, 9, 14));
        var paragraph = _preview.Paragraphs.ShouldHaveSingleItem();
        paragraph.Number.ShouldBe("64/20");
        paragraph.CaseNumber.ShouldBe("2020/KS 0214");
        paragraph.AdjustedImmediately.ShouldBeTrue();
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_numbered_decisions_with_a_recurring_and_a_period_due()
    {
        var paragraph = _preview.Paragraphs.Single();
        paragraph.Decisions.Count.ShouldBe(3);
        paragraph.Assignments.Select(a => (a.Assignee, a.Due.Kind, a.Due.Latest)).ShouldBe(
        [
            ("Kommundirektören", DueKind.Recurring, null),
            ("kultur- och fritidsförvaltningen", DueKind.Period, new DateOnly(2021, 12, 31)),
        ]);
        paragraph.Assignments[1].Task.ShouldBe("ta fram en handlingsplan för jämställda bidrag");
    }
}

public class Namnd_minutes_that_close_and_extend_assignments
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.NamndReportBackMinutes);
    ParagraphPreview Paragraph(string number) => _preview.Paragraphs.Single(p => p.Number == number);

    [Fact]
    public void Read_a_colon_separated_head_with_a_posting_after_a_weekend()
    {
        _preview.Body.ShouldBe("Barn- och utbildningsnämnden");
        _preview.MeetingDate.ShouldBe(new DateOnly(2024, 6, 11));
        _preview.AdjustedOn.ShouldBe(new DateOnly(2024, 6, 14));
        _preview.PostedOn.ShouldBe(new DateOnly(2024, 6, 17));
        _preview.AppealEndsOn.ShouldBe(new DateOnly(2024, 7, 8));
        _preview.Serving.Single(s => s.Name == "David Lönn").ServesFor.ShouldBe("Eva Kvist");
        _preview.PresentSubstitutes.ShouldBe([new Attendee("Fredrik Al", "S")]);
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Close_the_assignment_of_paragraph_88_with_an_approved_report()
    {
        var report = Paragraph("31").ReportsBack.ShouldHaveSingleItem();
        report.RefersTo.ShouldBe(new DecisionReference("Barn- och utbildningsnämnden", new DateOnly(2023, 11, 14), "88", "2023/BUN 0214"));
        report.Completes.ShouldBeTrue();
        Paragraph("31").Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void Extend_the_assignment_of_paragraph_19_after_a_partial_report()
    {
        var p32 = Paragraph("32");
        var change = p32.DeadlineChanges.ShouldHaveSingleItem();
        change.RefersTo.ShouldBe(new DecisionReference("Barn- och utbildningsnämnden", new DateOnly(2024, 3, 12), "19", "2024/BUN 0031"));
        change.NewDue.ShouldBe(new DuePreview(DueKind.Date, new DateOnly(2025, 11, 30), "till 2025-11-30", new DateOnly(2025, 11, 30)));
        p32.ReportsBack.ShouldHaveSingleItem().Completes.ShouldBeFalse();
        p32.Decisions[0].Kind.ShouldBe(DecisionKind.Noted);
    }

    [Fact]
    public void Note_information_as_a_decision_of_its_own()
    {
        Paragraph("33").Decisions.ShouldHaveSingleItem().ShouldBe(new DecisionPreview("Informationen noteras.", DecisionKind.Noted, 54));
    }

    [Fact]
    public void Read_three_assignment_wordings_with_meeting_and_period_dues()
    {
        Paragraph("34").Assignments.Select(a => (a.Assignee, a.Due.Kind, a.Due.Text, a.Due.Latest)).ShouldBe(
        [
            ("förvaltningen", DueKind.Meeting, "till nämndens nästa sammanträde", null),
            ("förvaltningschefen", DueKind.Meeting, "vid nämndens sammanträde i september", new DateOnly(2024, 9, 30)),
            ("förvaltningen", DueKind.Period, "i samband med årsredovisningen", null),
        ]);
        Paragraph("34").Assignments[0].Task.ShouldBe("ta fram ett förslag till internbudget för 2025");
    }
}

public class A_tjansteskrivelse_with_numbered_proposals
{
    readonly DocumentPreview _preview = Fixture.Preview(Fixture.NumberedProposalsReport);
    ParagraphPreview Matter => _preview.Paragraphs.ShouldHaveSingleItem();

    [Fact]
    public void Is_a_report_to_the_board_it_proposes_to()
    {
        _preview.DocumentKind.ShouldBe(DocumentKind.OfficialReport);
        _preview.Body.ShouldBe("Kommunstyrelsen");
        _preview.DocumentDate.ShouldBe(new DateOnly(2025, 2, 3));
        _preview.CaseNumber.ShouldBe("KS 2025/0112");
        _preview.Title.ShouldBe("Redovisning av uppdrag om lokalförsörjning");
        _preview.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Proposes_without_deciding_and_does_not_mistake_quoted_history_for_an_assignment()
    {
        Matter.Decisions.ShouldBeEmpty();
        Matter.Assignments.ShouldBeEmpty();
        Matter.Proposals.Count.ShouldBe(4);
        Matter.Proposals.SelectMany(p => p.Assignments).Select(a => (a.Assignee, a.Due.Kind, a.Due.Latest)).ShouldBe(
        [
            ("Kommundirektören", DueKind.Date, new DateOnly(2025, 4, 30)),
            ("Ekonomichefen", DueKind.Recurring, null),
            ("Kommundirektören", DueKind.Period, new DateOnly(2026, 3, 31)),
        ]);
    }

    [Fact]
    public void Reports_back_in_full_on_the_boards_assignment()
    {
        var report = Matter.ReportsBack.ShouldHaveSingleItem();
        report.RefersTo.ShouldBe(new DecisionReference("Kommunstyrelsen", new DateOnly(2024, 9, 10), "112", "KS 2024/0233"));
        report.Completes.ShouldBeTrue();
    }
}
