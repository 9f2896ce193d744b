using Decisions.Events;

namespace Decisions.Shared;

/// <summary>From this business date until the next one in the timeline, the stream stood as <paramref name="State"/> (null: not yet begun).</summary>
public sealed record Stood<T>(DateOnly From, T? State) where T : class;

/// <summary>
/// A stream's state on every business date at once, kept up event by event, so that "how did it stand on day D"
/// is a lookup and not a replay. On day D a stream is the fold, in stream order, of the events that had occurred by
/// D and of every correction (a correction says what a fact always was). A new event is the last in stream order,
/// so it moves on exactly the states that see it: a correction all of them, any other event those from its own day
/// on; on a day that had no event of its own before, it first splits off a new state.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<Stood<T>> Empty<T>() where T : class => [new(DateOnly.MinValue, null)];

    public static IReadOnlyList<Stood<T>> Next<T>(IReadOnlyList<Stood<T>> timeline, IDomainEvent e) where T : class
    {
        var next = new List<Stood<T>>(timeline.Count + 1);
        foreach (var (stood, index) in timeline.Select((s, i) => (s, i)))
        {
            var sees = e is ICorrection || stood.From >= e.OccurredOn;
            var splitsHere = e is not ICorrection && stood.From < e.OccurredOn
                && (index + 1 == timeline.Count || timeline[index + 1].From > e.OccurredOn);
            next.Add(sees ? stood with { State = Evolve.Apply(stood.State, e) } : stood);
            if (splitsHere) next.Add(new(e.OccurredOn, Evolve.Apply(stood.State, e)));
        }
        return next;
    }

    /// <summary>The state on <paramref name="day"/>: the last one that began by then.</summary>
    public static T? On<T>(IReadOnlyList<Stood<T>> timeline, DateOnly day) where T : class =>
        timeline.LastOrDefault(s => s.From <= day)?.State;
}
