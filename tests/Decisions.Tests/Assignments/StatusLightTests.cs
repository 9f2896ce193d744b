using CsCheck;
using Decisions.Assignments;
using Decisions.Events;
using Decisions.Shared;
using Decisions.Tests.Shared;
using static Decisions.Tests.Shared.A_business_date_timeline;

namespace Decisions.Tests.Assignments;

/// <summary>The traffic light of an open assignment, case by case and against random histories.</summary>
public class StatusLightTests
{
    const string Id = "ks/2024-01-10/§5/1";
    const int Window = 7;
    static readonly DateOnly GivenOn = new(2024, 1, 10), DueOn = new(2024, 3, 12);

    static AssignmentState Given(Due? due = null) => AssignmentState.Start(
        new AssignmentGiven(Id, "ks/2024-01-10/§5", "ks", null, "Kommundirektören", "utreda", due ?? Due.OnDate(DueOn, "senast den 12 mars 2024"), GivenOn));

    static AssignmentState With(AssignmentState state, params object[] events) => Fold.Apply(state, events);

    static ReportBackReceived Report(ReportCompleteness completeness, string? reason = null, int? progress = null) =>
        new(Id, new ReportBack(GivenOn.AddDays(20), "ks/2024-01-30", completeness, "Aktuellt läge", reason, progress));

    static StatusLight? Light(AssignmentState state, DateOnly day) => StatusLights.Of(state, day, Window);

    [Fact]
    public void Green_while_on_time_and_the_due_date_is_further_off_than_the_window() =>
        Light(Given(), DueOn.AddDays(-Window - 1)).ShouldBe(new StatusLight(LightColour.Green, LightCause.OnTime));

    [Fact]
    public void Yellow_from_the_first_day_of_the_window_to_the_due_date_itself()
    {
        Light(Given(), DueOn.AddDays(-Window)).ShouldBe(new StatusLight(LightColour.Yellow, LightCause.DueSoon));
        Light(Given(), DueOn).ShouldBe(new StatusLight(LightColour.Yellow, LightCause.DueSoon));
        StatusLights.Of(Given(), DueOn.AddDays(-Window), windowDays: Window - 1)!.Colour.ShouldBe(LightColour.Green);
    }

    [Fact]
    public void Red_from_the_day_after_the_due_date_whatever_moved_it_before()
    {
        Light(Given(), DueOn.AddDays(1)).ShouldBe(new StatusLight(LightColour.Red, LightCause.Overdue));
        Light(With(Given(), Report(ReportCompleteness.Partial, "Underlag saknas")), DueOn.AddDays(1))
            .ShouldBe(new StatusLight(LightColour.Red, LightCause.Overdue, "Underlag saknas"));
    }

    [Fact]
    public void Yellow_with_the_reason_when_a_partial_report_left_it_open_even_far_from_the_due_date() =>
        Light(With(Given(), Report(ReportCompleteness.Partial, "Underlag från förvaltningen saknas")), GivenOn.AddDays(21))
            .ShouldBe(new StatusLight(LightColour.Yellow, LightCause.PartlyReported, "Underlag från förvaltningen saknas"));

    [Fact]
    public void A_partial_report_stored_before_reasons_were_kept_gives_its_summary_as_the_reason() =>
        Light(With(Given(), Report(ReportCompleteness.Partial)), GivenOn.AddDays(21))!.Reason.ShouldBe("Aktuellt läge");

    [Fact]
    public void Yellow_with_the_reason_when_the_time_was_extended_and_red_once_the_new_time_has_passed_too()
    {
        var later = new DateOnly(2024, 6, 30);
        var extended = With(Given(), new DeadlineChanged(Id, Due.OnDate(later, "senast den 30 juni 2024"), "Väntar på ny lagstiftning", null, GivenOn.AddDays(30)));
        Light(extended, DueOn.AddDays(10)).ShouldBe(new StatusLight(LightColour.Yellow, LightCause.Extended, "Väntar på ny lagstiftning"));
        Light(extended, later.AddDays(1)).ShouldBe(new StatusLight(LightColour.Red, LightCause.Overdue, "Väntar på ny lagstiftning"));
    }

    [Fact]
    public void Green_once_a_complete_report_is_in_even_past_the_due_date_because_the_next_move_is_the_bodys() =>
        Light(With(Given(), Report(ReportCompleteness.Partial, "x"), Report(ReportCompleteness.Complete) with { Report = Report(ReportCompleteness.Complete).Report with { On = GivenOn.AddDays(25) } }), DueOn.AddDays(30))
            .ShouldBe(new StatusLight(LightColour.Green, LightCause.Reported));

    [Fact]
    public void No_light_once_finished()
    {
        var reported = With(Given(), Report(ReportCompleteness.Complete));
        Light(With(reported, new AssignmentClosed(Id, "ks/2024-02-14/§9", GivenOn.AddDays(35))), DueOn).ShouldBeNull();
        Light(With(Given(), new AssignmentWithdrawn(Id, "behövs inte", null, GivenOn.AddDays(5))), DueOn.AddDays(100)).ShouldBeNull();
        Light(With(Given(), new AssignmentMerged(Id, "ks/x/§1/1", "hålls samman", GivenOn.AddDays(5))), DueOn.AddDays(100)).ShouldBeNull();
    }

    [Fact]
    public void A_due_without_a_date_is_never_red_nor_due_soon()
    {
        Light(Given(Due.Recurring("årligen")), new DateOnly(2030, 1, 1)).ShouldBe(new StatusLight(LightColour.Green, LightCause.OnTime));
        Light(Given(Due.NextMeeting("ks", "till nästa sammanträde")), new DateOnly(2030, 1, 1))!.Colour.ShouldBe(LightColour.Green);
    }

    static readonly Gen<(IDomainEvent[] History, int Day, int Window)> GenCase =
        Gen.Select(GenHistory, Gen.Int[-25, 430], Gen.Int[0, 30], (h, d, w) => (h, d, w));

    [Fact]
    public void On_every_day_red_is_overdue_no_light_is_finished_and_green_on_time_means_nothing_moved_it_and_it_is_not_near() =>
        GenCase.Sample(c =>
        {
            var day = Start.AddDays(c.Day);
            if (Replayed(c.History, day) is not { } state) return;
            var light = StatusLights.Of(state, day, c.Window);
            (light is null).ShouldBe(state.Status.IsFinished());
            (light?.Colour == LightColour.Red).ShouldBe(Deadlines.IsOverdue(state, day));
            if (light is { Cause: LightCause.OnTime })
            {
                state.Status.ShouldBe(AssignmentStatus.Given);
                state.Extended.ShouldBeNull();
                (state.Due.Effective is not { } due || due.DayNumber - day.DayNumber > c.Window).ShouldBeTrue();
            }
            if (light is { Colour: LightColour.Yellow }) StatusLights.Of(state, day, c.Window + 1)!.Colour.ShouldBe(LightColour.Yellow);
        }, iter: 2000);

    [Fact]
    public void The_status_changes_give_on_every_day_the_status_and_light_the_assignment_had_that_day_and_each_one_changes_something() =>
        GenCase.Sample(c =>
        {
            var timeline = Built(c.History);
            var today = Start.AddDays(c.Day);
            var changes = StatusLights.Changes(timeline, today, c.Window);
            foreach (var (earlier, later) in changes.Zip(changes.Skip(1)))
            {
                earlier.On.ShouldBeLessThan(later.On);
                (earlier with { On = later.On }).ShouldNotBe(later);
            }
            foreach (var day in EveryDay().Where(d => d <= today))
            {
                var then = Timeline.On(timeline, day);
                var shown = changes.LastOrDefault(x => x.On <= day);
                if (then is null) shown.ShouldBeNull($"on {day:yyyy-MM-dd}");
                else shown.ShouldBe(new StatusLightChange(shown!.On, then.Status, StatusLights.Of(then, day, c.Window)), $"on {day:yyyy-MM-dd}");
            }
        }, iter: 300);
}
