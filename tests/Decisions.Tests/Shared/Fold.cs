namespace Decisions.Tests.Shared;

/// <summary>Replays decided events through the states' public Apply methods, as Marten will.</summary>
public static class Fold
{
    public static T Apply<T>(T state, IEnumerable<object> events) where T : class =>
        events.Aggregate(state, (s, e) => (T)((dynamic)s).Apply((dynamic)e));
}
