using Decisions.Assignments;
using Decisions.Tests.Shared;

namespace Decisions.Tests.Assignments;

public class OverdueTests
{
    const string Hsn = "halso-och-sjukvardsnamnden";
    const string Id = Hsn + "/2023-05-16/§60/2";
    static readonly DateOnly GivenOn = new(2023, 5, 16);

    static AssignmentState Given(Due due) => AssignmentState.Start(new AssignmentGiven(Id, Hsn + "/2023-05-16/§60", Hsn, "HSN/570/2023",
        "Regiondirektören", "redovisa uppföljning av resultatförbättrande åtgärder", due, GivenOn));

    static readonly Due September = Due.MeetingInMonth(Hsn, 9, GivenOn, "vid nämndens sammanträde i september");

    static AssignmentState Reported(AssignmentState a, ReportCompleteness completeness) =>
        Fold.Apply(a, AssignmentDecider.Decide(a, new ReceiveReportBack(Id, new ReportBack(new DateOnly(2023, 10, 1), Hsn + "/2023-10-01", completeness, "Uppföljning",
            completeness == ReportCompleteness.Partial ? "Delårsbokslutet är inte klart" : null))));

    [Theory]
    [InlineData("2023-09-30", false, 0)]
    [InlineData("2023-10-01", true, 1)]
    [InlineData("2023-10-31", true, 31)]
    public void An_unresolved_named_month_due_is_overdue_after_the_last_day_of_that_month(string asOf, bool overdue, int days)
    {
        Deadlines.IsOverdue(Given(September), DateOnly.Parse(asOf)).ShouldBe(overdue);
        Deadlines.DaysOverdue(Given(September), DateOnly.Parse(asOf)).ShouldBe(days);
    }

    [Fact]
    public void A_resolved_meeting_due_counts_from_the_meeting_date()
    {
        var a = Fold.Apply(Given(September), AssignmentDecider.Decide(Given(September), new ResolveDue(Id, Hsn, new DateOnly(2023, 9, 19), GivenOn)));
        Deadlines.IsOverdue(a, new DateOnly(2023, 9, 19)).ShouldBeFalse();
        Deadlines.DaysOverdue(a, new DateOnly(2023, 9, 25)).ShouldBe(6);
    }

    [Fact]
    public void A_deadline_change_moves_the_overdue_clock()
    {
        var a = Given(September);
        a = Fold.Apply(a, AssignmentDecider.Decide(a, new ChangeDeadline(Id, Due.OnDate(new DateOnly(2023, 11, 30), "förlängs till 2023-11-30"), "Förlängd tid", null, new DateOnly(2023, 9, 19))));
        Deadlines.IsOverdue(a, new DateOnly(2023, 11, 30)).ShouldBeFalse();
        Deadlines.DaysOverdue(a, new DateOnly(2023, 12, 2)).ShouldBe(2);
    }

    [Fact]
    public void A_partial_report_keeps_the_clock_running() =>
        Deadlines.DaysOverdue(Reported(Given(September), ReportCompleteness.Partial), new DateOnly(2023, 10, 10)).ShouldBe(10);

    [Fact]
    public void A_complete_report_stops_the_clock_before_the_body_closes_it() =>
        Deadlines.IsOverdue(Reported(Given(September), ReportCompleteness.Complete), new DateOnly(2023, 10, 10)).ShouldBeFalse();

    [Theory]
    [InlineData(AssignmentStatus.Closed)]
    [InlineData(AssignmentStatus.Withdrawn)]
    [InlineData(AssignmentStatus.Merged)]
    public void A_finished_assignment_is_never_overdue(AssignmentStatus status) =>
        Deadlines.IsOverdue(Given(September) with { Status = status }, new DateOnly(2024, 1, 1)).ShouldBeFalse();

    [Fact]
    public void Without_any_known_bound_an_assignment_cannot_be_overdue()
    {
        Deadlines.IsOverdue(Given(Due.NextMeeting(Hsn, "till nämndens nästa sammanträde")), new DateOnly(2030, 1, 1)).ShouldBeFalse();
        Deadlines.IsOverdue(Given(Due.Recurring("årligen")), new DateOnly(2030, 1, 1)).ShouldBeFalse();
    }
}
