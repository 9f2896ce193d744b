using Decisions.Shared;

namespace Decisions.Import;

/// <summary>What the register held of the streams a document touches when it was read, keyed by stream id (absent: no such stream).</summary>
public sealed record RegisterView(IReadOnlySet<string> Read, IReadOnlyDictionary<string, object> States)
{
    public static readonly RegisterView Empty = new(new HashSet<string>(), new Dictionary<string, object>());
}

/// <summary>The commands that record one document, in order, and what the planner could not link.</summary>
public sealed record ImportPlan(IReadOnlyList<object> Commands, IReadOnlyList<ParseWarning> Warnings);

/// <summary>
/// The register as a plan sees it while it is made: the states read, moved on by what the plan has decided so far, so a
/// later command is planned on the facts an earlier one will record. Deciding here refuses what the register would
/// refuse, before anything is written.
/// </summary>
public sealed class PlannedRegister(RegisterView view)
{
    readonly Dictionary<string, object?> states = [];

    public List<object> Commands { get; } = [];

    public TState? Load<TState>(string streamId) where TState : class
    {
        if (states.TryGetValue(streamId, out var planned)) return (TState?)planned;
        if (!view.Read.Contains(streamId)) throw new InvalidOperationException($"The plan reads {streamId}, which was not read for it.");
        return (TState?)view.States.GetValueOrDefault(streamId);
    }

    public void Add(object command)
    {
        var target = Deciders.Checked(Deciders.TargetOf(command));
        var state = states.TryGetValue(target.StreamId, out var planned) ? planned : view.States.GetValueOrDefault(target.StreamId);
        var events = target.Decide(state);
        states[target.StreamId] = events.Aggregate(state, (s, e) => Evolve.Apply(target.State, s, e));
        Commands.Add(command);
    }
}
