using System.Text.Json;
using CsCheck;
using Decisions.Assignments;
using Decisions.Events;
using Decisions.Shared;

namespace Decisions.Tests.Shared;

/// <summary>
/// The business-date timeline against its definition: on day D, the fold in stream order of the events that had
/// occurred by D and of every correction. Histories are random, with events recorded out of date order, corrections
/// anywhere and several events on one day.
/// </summary>
public class A_business_date_timeline
{
    const string Id = "ks/2020-03-02/§4/1";
    internal static readonly DateOnly Start = new(2020, 3, 2);

    static readonly Gen<DateOnly> GenDay = Gen.Int[-20, 400].Select(d => Start.AddDays(d));

    static readonly Gen<Due> GenDue = Gen.OneOf(
        GenDay.Select(d => Due.OnDate(d, $"senast {d:yyyy-MM-dd}")),
        Gen.Int[1, 12].Select(m => Due.MeetingInMonth("ks", m, Start, $"vid sammanträdet i månad {m}")));

    static readonly Gen<IDomainEvent> GenEvent = Gen.OneOf<IDomainEvent>(
        Gen.Select(GenDay, GenDay, (date, on) => new DueResolved(Id, "ks/" + date, date, on)),
        Gen.Select(GenDue, GenDay, (due, on) => new DeadlineChanged(Id, due, "förlängd tid", null, on)),
        Gen.Select(GenDay, Gen.Bool, (on, complete) => new ReportBackReceived(Id, new ReportBack(
            on, "ks/" + on, complete ? ReportCompleteness.Complete : ReportCompleteness.Partial, "rapport"))),
        GenDay.Select(on => new AssignmentClosed(Id, "ks/" + on + "/§1", on)),
        GenDay.Select(on => new AssignmentWithdrawn(Id, "återkallas", null, on)),
        Gen.Select(GenDue, GenDay, (due, on) => new AssignmentCorrected(Id, "Regiondirektören", "rättad uppgift", due, "rättelse", on)));

    /// <summary>A stream opens with the assignment being given; anything can follow, on any day.</summary>
    internal static readonly Gen<IDomainEvent[]> GenHistory = Gen.Select(GenDue, GenDay, GenEvent.Array[0, 8], (due, on, rest) =>
        rest.Prepend(new AssignmentGiven(Id, "ks/2020-03-02/§4", "ks", null, "Regiondirektören", "utreda", due, on)).ToArray());

    internal static AssignmentState? Replayed(IEnumerable<IDomainEvent> history, DateOnly day) =>
        Evolve.Fold<AssignmentState>(null, history.Where(e => e is ICorrection || e.OccurredOn <= day));

    internal static IReadOnlyList<Stood<AssignmentState>> Built(IEnumerable<IDomainEvent> history) =>
        history.Aggregate(Timeline.Empty<AssignmentState>(), Timeline.Next<AssignmentState>);

    internal static IEnumerable<DateOnly> EveryDay() => Enumerable.Range(-25, 430).Select(Start.AddDays);

    static string Json(AssignmentState? state) => JsonSerializer.Serialize(state);

    [Fact]
    public void Gives_on_every_day_the_state_a_replay_of_that_day_gives() =>
        GenHistory.Sample(history =>
        {
            var timeline = Built(history);
            foreach (var day in EveryDay()) Json(Timeline.On(timeline, day)).ShouldBe(Json(Replayed(history, day)), $"on {day:yyyy-MM-dd}");
        }, iter: 300);

    [Fact]
    public void Has_overdue_periods_covering_exactly_the_days_the_assignment_was_overdue_and_as_it_stood_then() =>
        GenHistory.Sample(history =>
        {
            var periods = Deadlines.OverduePeriods(Built(history));
            foreach (var day in EveryDay())
            {
                var replayed = Replayed(history, day);
                var covering = periods.Where(p => p.Covers(day)).ToList();
                covering.Count.ShouldBe(replayed is not null && Deadlines.IsOverdue(replayed, day) ? 1 : 0, $"on {day:yyyy-MM-dd}");
                if (covering is [var period]) Json(period.State).ShouldBe(Json(replayed), $"on {day:yyyy-MM-dd}");
            }
        }, iter: 300);

    [Fact]
    public void Splits_off_a_new_state_only_on_a_day_that_had_no_event_before()
    {
        var given = new AssignmentGiven(Id, "ks/2020-03-02/§4", "ks", null, "Regiondirektören", "utreda", Due.OnDate(Start.AddDays(30), "inom en månad"), Start);
        var partial = new ReportBackReceived(Id, new ReportBack(Start.AddDays(10), "ks/x", ReportCompleteness.Partial, "läget"));
        var complete = new ReportBackReceived(Id, new ReportBack(Start.AddDays(10), "ks/y", ReportCompleteness.Complete, "klart"));

        var timeline = Built([given, partial, complete]);

        timeline.Select(s => s.From).ShouldBe([DateOnly.MinValue, Start, Start.AddDays(10)]);
        timeline[^1].State!.Status.ShouldBe(AssignmentStatus.Reported);
    }
}
