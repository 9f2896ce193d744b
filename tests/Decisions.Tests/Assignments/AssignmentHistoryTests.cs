using System.Text.Json;
using CsCheck;
using Decisions.Assignments;
using Decisions.Events;
using Decisions.Shared;
using Decisions.Tests.Shared;
using JasperFx.Events;

namespace Decisions.Tests.Assignments;

/// <summary>
/// The stored history keeps an assignment's events, not its states: read back from its JSON, it must unfold into
/// exactly the timeline, overdue periods and state now that folding the events themselves gives; and the overdue spans
/// it keeps for the lists must say what those states say on every day.
/// </summary>
public class A_stored_assignment_history
{
    static AssignmentHistory Stored(IEnumerable<IDomainEvent> history)
    {
        AssignmentHistory? stored = null;
        foreach (var (e, version) in history.Select((e, i) => (e, i + 1L)))
        {
            var wrapped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!;
            (wrapped.StreamKey, wrapped.Version, wrapped.Timestamp, wrapped.UserName) = (e is AssignmentGiven g ? g.AssignmentId : "x", version, DateTimeOffset.UnixEpoch, "Rita");
            stored = AssignmentHistory.Next(stored, wrapped);
        }
        // Through its JSON, as the database keeps it.
        return JsonSerializer.Deserialize<AssignmentHistory>(JsonSerializer.Serialize(stored))!;
    }

    static string Json(object? value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Unfolds_from_its_json_into_the_timeline_and_overdue_periods_of_its_events() =>
        A_business_date_timeline.GenHistory.Sample(history =>
        {
            var stored = Stored(history);
            var timeline = A_business_date_timeline.Built(history);
            var read = stored.Read();
            Json(read.Timeline).ShouldBe(Json(timeline));
            Json(stored.Timeline()).ShouldBe(Json(timeline));
            Json(read.Overdue).ShouldBe(Json(Deadlines.OverduePeriods(timeline)));
            Json(stored.Overdue()).ShouldBe(Json(read.Overdue));
            Json(read.State).ShouldBe(Json(Evolve.Fold<AssignmentState>(null, history)));
            Json(stored.Current()).ShouldBe(Json(read.State));
            read.Entries.Select(e => e.Kind).ShouldBe(history.Select(e => e.GetType().Name));
            (stored.OverdueFrom, stored.OverdueUntil).ShouldBe((read.Overdue.FirstOrDefault()?.From, read.Overdue.LastOrDefault()?.Until));
            stored.Status.ShouldBe(read.State.Status);
            // What the overdue lists read instead of the fold: on every day of the history, the same rows and lights.
            foreach (var day in timeline.Select(t => t.From).Where(d => d != DateOnly.MinValue).SelectMany(d => new[] { d, d.AddDays(1), d.AddDays(40) }))
            {
                var state = Timeline.On(timeline, day);
                var span = stored.OverdueSpans.SingleOrDefault(s => s.Covers(day));
                (span is not null).ShouldBe(state is not null && Deadlines.IsOverdue(state, day), $"on {day}");
                if (span is null) continue;
                (span.Assignee, span.Task, span.DueText, span.EffectiveDue).ShouldBe((state!.Assignee, state.Task, state.Due.Text, state.Due.Effective!.Value));
                Json(span.LastPartialReport).ShouldBe(Json(state.ReportBacks.LastOrDefault(r => r.Completeness == ReportCompleteness.Partial)));
                span.Light.ShouldBe(StatusLights.Of(state, day, 30));
            }
        }, iter: 200);
}
