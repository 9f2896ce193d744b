using Decisions.Assignments;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Assignments;

public class DueTests
{
    const string Au = "halso-och-sjukvardsnamndens-arbetsutskott";
    const string Hsn = "halso-och-sjukvardsnamnden";
    static readonly DateOnly GivenOn = new(2023, 11, 29);

    /// <summary>Seed 000, § 28: "Till nästkommande sammanträde ges förvaltningen ett uppdrag att återkomma ...".</summary>
    static AssignmentState GivenAtTheAu(Due due) => AssignmentState.Start((AssignmentGiven)AssignmentDecider.Decide(null,
        new GiveAssignment(Au + "/2023-11-29/§28", 1, Au, null, "förvaltningen",
            "återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024", due, GivenOn)).Single());

    static AssignmentState LearnMeetings(AssignmentState a, string bodyId, params string[] dates) =>
        dates.Aggregate(a, (s, d) => Fold.Apply(s, AssignmentDecider.Decide(s, new ResolveDue(s.Id, bodyId, DateOnly.Parse(d), DateOnly.Parse(d)))));

    [Fact]
    public void A_next_meeting_due_resolves_to_that_bodys_next_meeting_after_the_giving_meeting_and_not_an_earlier_one()
    {
        var a = LearnMeetings(GivenAtTheAu(Due.NextMeeting(Au, "till nästkommande sammanträde")), Au,
            "2023-10-25", "2024-04-09", "2023-11-29", "2024-01-17", "2024-02-14");
        a.Due.Date.ShouldBe(new DateOnly(2024, 1, 17));
        a.Due.Effective.ShouldBe(new DateOnly(2024, 1, 17));
        a.Due.Text.ShouldBe("till nästkommande sammanträde");
    }

    [Fact]
    public void A_meeting_that_is_not_the_one_meant_resolves_nothing()
    {
        var a = LearnMeetings(GivenAtTheAu(Due.NextMeeting(Au, "nästkommande")), Au, "2024-01-17");
        AssignmentDecider.Decide(a, new ResolveDue(a.Id, Au, new DateOnly(2024, 2, 14), GivenOn)).ShouldBeEmpty();
        AssignmentDecider.Decide(a, new ResolveDue(a.Id, Hsn, new DateOnly(2023, 12, 12), GivenOn)).ShouldBeEmpty();
        AssignmentDecider.Decide(a, new ResolveDue(a.Id, Au, new DateOnly(2024, 1, 17), GivenOn)).ShouldBeEmpty();
    }

    [Fact]
    public void A_resolved_due_names_the_meeting_it_resolved_to()
    {
        var given = GivenAtTheAu(Due.NextMeeting(Hsn, "till nämndens nästa sammanträde"));
        var resolved = (DueResolved)AssignmentDecider.Decide(given, new ResolveDue(given.Id, Hsn, new DateOnly(2023, 12, 12), new DateOnly(2023, 6, 1))).Single();
        resolved.MeetingId.ShouldBe(Hsn + "/2023-12-12");
        resolved.OccurredOn.ShouldBe(new DateOnly(2023, 6, 1));
    }

    [Fact]
    public void A_meeting_in_september_has_latest_30_september_of_the_giving_year() =>
        Due.MeetingInMonth(Hsn, 9, new DateOnly(2023, 5, 4), "vid nämndens sammanträde i september").Latest.ShouldBe(new DateOnly(2023, 9, 30));

    [Fact]
    public void A_meeting_in_september_given_after_september_means_next_year() =>
        Due.MeetingInMonth(Hsn, 9, new DateOnly(2023, 10, 19), "vid nämndens sammanträde i september").Latest.ShouldBe(new DateOnly(2024, 9, 30));

    [Fact]
    public void A_meeting_in_september_given_in_september_means_this_september() =>
        Due.MeetingInMonth(Hsn, 9, new DateOnly(2023, 9, 5), "i september").Latest.ShouldBe(new DateOnly(2023, 9, 30));

    [Fact]
    public void A_named_month_meeting_resolves_only_to_a_meeting_in_that_month()
    {
        var a = LearnMeetings(GivenAtTheAu(Due.MeetingInMonth(Au, 2, GivenOn, "vid sammanträdet i februari")), Au, "2024-01-17", "2024-02-21", "2024-02-14");
        a.Due.Date.ShouldBe(new DateOnly(2024, 2, 14));
        a.Due.Latest.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Periods_months_and_dates_know_the_last_day_they_can_mean()
    {
        Due.DuringYear(2024, "under 2024").Latest.ShouldBe(new DateOnly(2024, 12, 31));
        Due.InMonth(2025, 4, "i april 2025").Latest.ShouldBe(new DateOnly(2025, 4, 30));
        Due.OnDate(new DateOnly(2025, 4, 30), "senast den 30 april 2025").Effective.ShouldBe(new DateOnly(2025, 4, 30));
        Due.Period("i samband med årsredovisningen", null).Effective.ShouldBeNull();
        Due.Recurring("årligen").Effective.ShouldBeNull();
        Due.Unspecified().Kind.ShouldBe(DueKind.None);
    }

    [Fact]
    public void Only_a_meeting_due_is_resolved_by_a_meeting()
    {
        var a = GivenAtTheAu(Due.DuringYear(2024, "under 2024"));
        AssignmentDecider.Decide(a, new ResolveDue(a.Id, Au, new DateOnly(2024, 1, 17), GivenOn)).ShouldBeEmpty();
    }
}
