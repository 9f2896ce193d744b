using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Meetings;

/// <summary>Facts from seed 000: HSN's arbetsutskott, 2023-11-29, §§26-29.</summary>
public class MeetingTests
{
    const string Au = "halso-och-sjukvardsnamndens-arbetsutskott";
    const string MeetingId = Au + "/2023-11-29";
    static readonly DateOnly Day = new(2023, 11, 29);
    static readonly MeetingDetails Details = new(Day, new TimeOnly(9, 0), new TimeOnly(10, 37), "Konferensrum Linden, Eklundavägen 1");

    static readonly Attendance SeedAttendance = new(
        [
            new("Jenny Steen", "S", "ordförande"),
            new("Elin Jensen", "SD", "2:e vice ordförande"),
            new("Anna Gunnarsson", "C"),
            new("Erica Gidlöf", "KD", ServesFor: "Anna Blomquist"),
            new("Anna Stark", "M", ServesFor: "Anna Nordqvist"),
        ],
        [new("Maria Karlsson", "S")],
        [
            new("Åsa Thor Gustafsson", "HR-chef", [27]),
            new("Jonas Claesson", "hälso- och sjukvårdsdirektör"),
            new("Peter Hansson", "ekonomichef", [26, 27, 28]),
            new("Maria Boström", "sekreterare"),
        ]);

    static MeetingState Held() => MeetingState.Start((MeetingHeld)MeetingDecider.Decide(null, new HoldMeeting(Au, Details)).Single());

    static MeetingState WithParagraphs(params Paragraph[] paragraphs)
    {
        var meeting = Fold.Apply(Held(), MeetingDecider.Decide(Held(), new RecordAttendance(MeetingId, SeedAttendance)));
        foreach (var p in paragraphs) meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new RecordParagraph(MeetingId, p)));
        return meeting;
    }

    static Paragraph P(int n, params string[] disqualified) => new(n, $"§ {n}", null, disqualified);

    [Fact]
    public void A_held_meeting_is_keyed_by_body_and_date_and_knows_its_time_and_place()
    {
        var meeting = Held();
        meeting.Id.ShouldBe(MeetingId);
        meeting.Details.ShouldBe(Details);
        meeting.AdjustmentDue.ShouldBe(new DateOnly(2023, 12, 13));
        meeting.PostingDue.ShouldBeNull();
        meeting.AppealEndsOn.ShouldBeNull();
    }

    [Fact]
    public void Holding_the_same_meeting_again_adds_nothing_but_other_facts_need_a_correction()
    {
        MeetingDecider.Decide(Held(), new HoldMeeting(Au, Details)).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => MeetingDecider.Decide(Held(), new HoldMeeting(Au, Details with { Place = "Elsewhere" })))
            .Message.ShouldContain("rättelse");
    }

    [Fact]
    public void An_end_time_before_the_start_time_and_a_blank_place_and_body_are_all_named()
    {
        var bad = new HoldMeeting(" ", Details with { Start = new TimeOnly(10, 0), End = new TimeOnly(9, 0), Place = " " });
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(null, bad)).Errors.Keys.ShouldBe(["BodyId", "Details.End", "Details.Place"], ignoreOrder: true);
    }

    [Fact]
    public void Posting_on_2023_12_08_gives_an_appeal_end_of_2023_12_29_and_legal_force_on_2023_12_30()
    {
        var meeting = Held();
        meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new AdjustMinutes(MeetingId, ["Jenny Steen", "Anna Stark"], new DateOnly(2023, 12, 8), new DateOnly(2023, 12, 13))));
        meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new PostMinutes(MeetingId, new DateOnly(2023, 12, 8), new DateOnly(2023, 12, 30))));

        meeting.PostingDue.ShouldBe(new DateOnly(2023, 12, 10));
        meeting.AppealEndsOn.ShouldBe(new DateOnly(2023, 12, 29));
        meeting.LegalForceOn.ShouldBe(new DateOnly(2023, 12, 30));
        meeting.Adjustment!.LatestAllowed.ShouldBe(new DateOnly(2023, 12, 13));
        meeting.Posting!.TakenDownOn.ShouldBe(new DateOnly(2023, 12, 30));
    }

    [Theory]
    [InlineData("2024-04-06", "2024-04-29")] // +21 days is Saturday 27 April
    [InlineData("2024-12-03", "2024-12-27")] // +21 days is julafton, then two holidays
    [InlineData("2024-04-18", "2024-05-10")] // +21 days is Kristi himmelsfärdsdag
    public void An_appeal_period_ending_on_a_weekend_or_holiday_ends_on_the_next_weekday(string posted, string appealEnds)
    {
        var postedOn = DateOnly.Parse(posted);
        var meeting = MeetingState.Start(new MeetingHeld(MeetingId, Au, Details with { Date = postedOn.AddDays(-5) }));
        meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new PostMinutes(MeetingId, postedOn, null)));
        meeting.AppealEndsOn.ShouldBe(DateOnly.Parse(appealEnds));
        meeting.LegalForceOn.ShouldBe(DateOnly.Parse(appealEnds).AddDays(1));
    }

    [Fact]
    public void Posting_before_the_meeting_and_taking_down_before_posting_are_both_named()
    {
        var bad = new PostMinutes(MeetingId, Day.AddDays(-1), Day.AddDays(-2));
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(Held(), bad)).Errors.Keys.ShouldBe(["PostedOn", "TakenDownOn"], ignoreOrder: true);
    }

    [Fact]
    public void Adjusting_needs_a_justerare_and_cannot_happen_before_the_meeting()
    {
        var bad = new AdjustMinutes(MeetingId, [], Day.AddDays(-1), Day.AddDays(-1));
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(Held(), bad)).Errors.Keys.ShouldBe(["Adjusters", "AdjustedOn", "LatestAllowed"], ignoreOrder: true);
    }

    [Fact]
    public void Re_importing_the_justering_and_the_posting_adds_nothing()
    {
        var adjust = new AdjustMinutes(MeetingId, ["Anna Stark"], new DateOnly(2023, 12, 8), null, new("doc-a"));
        var post = new PostMinutes(MeetingId, new DateOnly(2023, 12, 8), null, new("doc-a"));
        var meeting = Fold.Apply(Held(), [.. MeetingDecider.Decide(Held(), adjust), .. MeetingDecider.Decide(Held(), post)]);
        MeetingDecider.Decide(meeting, adjust with { Source = new("doc-b") }).ShouldBeEmpty();
        MeetingDecider.Decide(meeting, post).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => MeetingDecider.Decide(meeting, post with { PostedOn = new DateOnly(2023, 12, 9) }));
    }

    [Fact]
    public void A_substitute_serving_for_a_member_takes_part_and_a_member_with_jav_does_not()
    {
        var meeting = WithParagraphs(P(28, "Anna Gunnarsson"));
        var deciders = meeting.AttendanceIn(28).Deciders.Select(a => a.Name).ToList();
        deciders.ShouldContain("Erica Gidlöf");
        deciders.ShouldNotContain("Anna Blomquist");
        deciders.ShouldNotContain("Anna Gunnarsson");
        deciders.Count.ShouldBe(4);
        meeting.AttendanceIn(28).PresentSubstitutes.Select(a => a.Name).ShouldBe(["Maria Karlsson"]);
    }

    [Fact]
    public void An_official_listed_for_paragraphs_26_to_28_attended_27_but_not_29()
    {
        var meeting = WithParagraphs(P(26), P(27), P(28), P(29));
        meeting.AttendanceIn(27).Officials.Select(o => o.Name).ShouldContain("Peter Hansson");
        meeting.AttendanceIn(29).Officials.Select(o => o.Name).ShouldBe(["Jonas Claesson", "Maria Boström"]);
    }

    [Fact]
    public void Asking_who_attended_a_paragraph_that_was_not_recorded_is_not_found() =>
        Should.Throw<NotFound>(() => WithParagraphs(P(26)).AttendanceIn(30)).Message.ShouldContain("§30");

    [Fact]
    public void A_paragraph_is_recorded_once_and_a_re_import_adds_nothing()
    {
        var meeting = WithParagraphs(new Paragraph(28, "Handlingsplaner för ekonomi i balans", "HSN/570/2023", []));
        MeetingDecider.Decide(meeting, new RecordParagraph(MeetingId, new Paragraph(28, "Handlingsplaner för ekonomi i balans", "HSN/570/2023", []))).ShouldBeEmpty();
        Should.Throw<DomainRuleViolation>(() => MeetingDecider.Decide(meeting, new RecordParagraph(MeetingId, P(28))));
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(meeting, new RecordParagraph(MeetingId, new Paragraph(0, "", null, []))))
            .Errors.Keys.ShouldBe(["Paragraph.Number", "Paragraph.Title"], ignoreOrder: true);
    }

    [Fact]
    public void A_paragraph_can_be_adjusted_immediately_once_it_is_recorded()
    {
        var meeting = WithParagraphs(P(26));
        Should.Throw<NotFound>(() => MeetingDecider.Decide(meeting, new AdjustParagraphImmediately(MeetingId, 27)));
        meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new AdjustParagraphImmediately(MeetingId, 26)));
        meeting.ImmediatelyAdjusted.ShouldBe([26]);
        MeetingDecider.Decide(meeting, new AdjustParagraphImmediately(MeetingId, 26)).ShouldBeEmpty();
    }

    [Fact]
    public void Recording_attendance_twice_with_the_same_lists_adds_nothing() =>
        MeetingDecider.Decide(WithParagraphs(), new RecordAttendance(MeetingId, SeedAttendance with { Serving = [.. SeedAttendance.Serving] })).ShouldBeEmpty();

    [Fact]
    public void Attendance_names_every_nameless_person_and_a_substitute_cannot_serve_for_themself()
    {
        var bad = new Attendance([new("", "S"), new("A", ServesFor: "A")], [new(" ")], [new("")]);
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(Held(), new RecordAttendance(MeetingId, bad))).Errors.Keys.ShouldBe(
            ["Attendance.Serving[0]", "Attendance.Serving[1]", "Attendance.PresentSubstitutes[0]", "Attendance.Officials[0]"], ignoreOrder: true);
    }

    [Fact]
    public void A_correction_of_the_meeting_changes_its_facts_and_the_clocks_but_a_re_import_does_not_undo_it()
    {
        var corrected = Details with { Date = new DateOnly(2023, 11, 30), End = new TimeOnly(11, 0) };
        var meeting = Fold.Apply(Held(), MeetingDecider.Decide(Held(), new CorrectMeeting(MeetingId, corrected, "Fel datum i protokollet", new DateOnly(2023, 12, 1))));
        meeting.Details.ShouldBe(corrected);
        meeting.AdjustmentDue.ShouldBe(new DateOnly(2023, 12, 14));
        MeetingDecider.Decide(meeting, new HoldMeeting(Au, Details)).ShouldBeEmpty();
    }

    [Fact]
    public void A_correction_must_change_something_and_say_why()
    {
        Should.Throw<DomainRuleViolation>(() => MeetingDecider.Decide(Held(), new CorrectMeeting(MeetingId, Details, "why", Day)))
            .Message.ShouldContain("måste ändra något");
        Should.Throw<ValidationFailed>(() => MeetingDecider.Decide(Held(), new CorrectMeeting(MeetingId, Details with { Place = "X" }, " ", Day)))
            .Errors.Keys.ShouldBe(["Reason"]);
    }

    [Fact]
    public void A_correction_of_attendance_replaces_the_lists_and_must_differ()
    {
        var meeting = WithParagraphs(P(27));
        var corrected = SeedAttendance with { Officials = [new("Åsa Thor Gustafsson", "HR-chef", [26, 27])] };
        Should.Throw<DomainRuleViolation>(() => MeetingDecider.Decide(meeting, new CorrectAttendance(MeetingId, SeedAttendance, "same", Day)));
        meeting = Fold.Apply(meeting, MeetingDecider.Decide(meeting, new CorrectAttendance(MeetingId, corrected, "Fel i närvarolistan", Day)));
        meeting.AttendanceIn(27).Officials.Select(o => o.Name).ShouldBe(["Åsa Thor Gustafsson"]);
        MeetingDecider.Decide(meeting, new RecordAttendance(MeetingId, SeedAttendance)).ShouldBeEmpty();
    }

    [Fact]
    public void Commands_on_a_meeting_that_does_not_exist_are_not_found() =>
        Should.Throw<NotFound>(() => MeetingDecider.Decide(null, new PostMinutes("x/2023-01-01", Day, null))).Message.ShouldContain("Sammanträdet x/2023-01-01 finns inte");
}
