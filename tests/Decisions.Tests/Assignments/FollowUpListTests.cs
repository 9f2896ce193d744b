using Decisions.Assignments;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Tests.Assignments;

/// <summary>Which assignments the standing list of a meeting holds, and how each stands on it.</summary>
public class FollowUpListTests
{
    const int Window = 7;
    static readonly DateOnly January = new(2024, 1, 10), Previous = new(2024, 2, 13), Meeting = new(2024, 3, 12);

    static (string Id, IReadOnlyList<Stood<AssignmentState>> Timeline) Assignment(int clause, DateOnly givenOn, params Func<string, IDomainEvent>[] then)
    {
        var id = $"ks/{givenOn:yyyy-MM-dd}/§1/{clause}";
        IDomainEvent[] events =
        [
            new AssignmentGiven(id, $"ks/{givenOn:yyyy-MM-dd}/§1", "ks", null, "Kommundirektören", $"uppdrag {clause}", Due.OnDate(Meeting, "till mötet i mars"), givenOn),
            .. then.Select(t => t(id)),
        ];
        return (id, events.Aggregate(Timeline.Empty<AssignmentState>(), Timeline.Next<AssignmentState>));
    }

    static Func<string, IDomainEvent> Reported(DateOnly on, ReportCompleteness completeness, int? progress = null) =>
        id => new ReportBackReceived(id, new ReportBack(on, "ks/" + on, completeness, $"rapport {on:MM-dd}", completeness == ReportCompleteness.Partial ? "Mer underlag behövs" : null, progress));

    static Func<string, IDomainEvent> Closed(DateOnly on) => id => new AssignmentClosed(id, $"ks/{on:yyyy-MM-dd}/§2", on);

    static readonly (string Id, IReadOnlyList<Stood<AssignmentState>> Timeline)[] Assignments =
    [
        Assignment(1, January),
        Assignment(2, January, Reported(Previous, ReportCompleteness.Complete), Closed(Previous)),
        Assignment(3, January, Reported(Previous.AddDays(-1), ReportCompleteness.Complete), Closed(Previous.AddDays(-1))),
        Assignment(4, Meeting),
        Assignment(5, January, Reported(Meeting, ReportCompleteness.Complete), Closed(Meeting)),
        Assignment(6, January, Reported(Previous, ReportCompleteness.Partial, 40), Reported(Previous.AddDays(7), ReportCompleteness.Partial)),
        Assignment(7, January, _ => new AssignmentWithdrawn(_, "behövs inte", null, Previous.AddDays(1))),
    ];

    static IReadOnlyList<FollowUpItem> List(DateOnly? previous) =>
        FollowUpList.Select(Assignments.Select(a => a.Timeline), Meeting, previous, Window);

    static string Clause(FollowUpItem item) => item.State.Id[^1..];

    [Fact]
    public void Lists_what_was_open_the_day_before_the_meeting_then_what_was_finished_on_or_after_the_previous_meeting()
    {
        var list = List(Previous);
        list.Select(Clause).ShouldBe(["1", "5", "6", "2", "7"]);
        list.Where(i => i.FinishedOn is not null).Select(i => (Clause(i), i.FinishedOn)).ShouldBe([("2", (DateOnly?)Previous), ("7", Previous.AddDays(1))]);
    }

    [Fact]
    public void Leaves_out_what_was_finished_before_the_previous_meeting_and_what_the_meeting_itself_gives() =>
        List(Previous).Select(Clause).ShouldNotContain("3");

    [Fact]
    public void Shows_an_assignment_closed_at_the_meeting_as_it_stood_before_it_and_its_light_on_the_meeting_day()
    {
        var closedAtMeeting = List(Previous).Single(i => Clause(i) == "5");
        closedAtMeeting.State.Status.ShouldBe(AssignmentStatus.Given);
        closedAtMeeting.Light.ShouldBe(new StatusLight(LightColour.Yellow, LightCause.DueSoon));
        closedAtMeeting.FinishedOn.ShouldBeNull();
    }

    [Fact]
    public void Carries_the_last_report_the_latest_share_done_and_the_partial_reports_reason()
    {
        var item = List(Previous).Single(i => Clause(i) == "6");
        item.LastReport!.On.ShouldBe(Previous.AddDays(7));
        item.Progress.ShouldBe(40);
        item.Light.ShouldBe(new StatusLight(LightColour.Yellow, LightCause.PartlyReported, "Mer underlag behövs"));
        List(Previous).Single(i => Clause(i) == "2").Light.ShouldBeNull();
    }

    [Fact]
    public void At_the_first_meeting_the_register_knows_every_finished_assignment_is_listed() =>
        List(previous: null).Select(Clause).ShouldBe(["1", "5", "6", "2", "3", "7"]);
}
