using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Decisions.Shared;

/// <summary>
/// Evolve for any aggregate state: its static Start(first event) begins it, its Evolve(event) methods move it
/// on; an event a state has no Evolve for leaves it as it is. The names are deliberately not Marten's
/// conventional Create/Apply: the Domain knows nothing of Marten, and one projection (StateProjection) hands
/// every event here, for the stored snapshots as for history and facts pending in one transaction.
/// </summary>
public static class Evolve
{
    // Compiled once per state and event type: rebuilds and every command fold through here, event by event.
    static readonly ConcurrentDictionary<(Type State, Type Event, bool Starting), Func<object?, object, object>?> Steps = new();

    public static T? Fold<T>(T? state, IEnumerable<object> events) where T : class =>
        events.Aggregate(state, Apply);

    /// <summary>The events a state starts or evolves by: a projection of it need read no others.</summary>
    public static IEnumerable<Type> EventTypes<T>() =>
        typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .Where(m => m.Name is "Start" or "Evolve" && m.ReturnType == typeof(T) && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType)
            .Distinct();

    public static T? Apply<T>(T? state, object @event) where T : class => (T?)Apply(typeof(T), state, @event);

    /// <summary>For a state whose type is known only at run time (a unit of work deciding commands of every kind).</summary>
    public static object? Apply(Type stateType, object? state, object @event) =>
        Steps.GetOrAdd((stateType, @event.GetType(), state is null), Compile) is { } step ? step(state, @event) : state;

    static Func<object?, object, object>? Compile((Type State, Type Event, bool Starting) key)
    {
        var method = key.State.GetMethod(
            key.Starting ? "Start" : "Evolve", (key.Starting ? BindingFlags.Static : BindingFlags.Instance) | BindingFlags.Public, [key.Event]);
        if (method is null) return null;
        var (state, @event) = (Expression.Parameter(typeof(object)), Expression.Parameter(typeof(object)));
        var argument = Expression.Convert(@event, key.Event);
        var call = method.IsStatic ? Expression.Call(method, argument) : Expression.Call(Expression.Convert(state, key.State), method, argument);
        return Expression.Lambda<Func<object?, object, object>>(call, state, @event).Compile();
    }
}
