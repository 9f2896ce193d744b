using Decisions.Shared;

namespace Decisions.Tests.Shared;

/// <summary>Replays decided events through the states' Evolve methods, as the stored snapshots are.</summary>
public static class Fold
{
    public static T Apply<T>(T state, IEnumerable<object> events) where T : class => Evolve.Fold(state, events)!;
}
