using System.Collections.Concurrent;
using System.Reflection;
using Decisions.Shared;
using Marten;

namespace Decisions.Commands;

/// <summary>
/// Decides commands of any kind on their streams inside one Marten session: each on the stream's stored state plus what
/// this unit already appended to it, each stream loaded for writing once, so the version it was read at is checked when
/// the session commits. Nothing is written before the handler that owns the session commits it.
/// </summary>
public sealed class UnitOfWork(IDocumentSession session)
{
    readonly Dictionary<string, (Type StateType, object? State)> streams = [];

    /// <summary>Every event this unit appended, in order.</summary>
    public List<object> Appended { get; } = [];

    public async Task<TState?> Load<TState>(string streamId, CancellationToken ct) where TState : class =>
        streams.TryGetValue(streamId, out var known) ? (TState?)known.State : await session.LoadAsync<TState>(streamId, ct);

    public async Task<IReadOnlyList<object>> Execute(object command, CancellationToken ct)
    {
        var target = Deciders.Checked(Deciders.TargetOf(command));
        if (!streams.TryGetValue(target.StreamId, out var known))
            streams[target.StreamId] = known = (target.State, await FetchForWriting(target.State, target.StreamId, ct));
        var events = target.Decide(known.State);
        if (events.Count == 0) return events;

        session.Events.Append(target.StreamId, events);
        streams[target.StreamId] = (known.StateType, events.Aggregate(known.State, (state, e) => Evolve.Apply(known.StateType, state, e)));
        Appended.AddRange(events);
        return events;
    }

    static readonly ConcurrentDictionary<Type, MethodInfo> Fetchers = new();

    Task<object?> FetchForWriting(Type stateType, string streamId, CancellationToken ct) =>
        (Task<object?>)Fetchers.GetOrAdd(stateType, t => typeof(UnitOfWork).GetMethod(nameof(Fetch), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(t))
            .Invoke(this, [streamId, ct])!;

    async Task<object?> Fetch<TState>(string streamId, CancellationToken ct) where TState : class =>
        (await session.Events.FetchForWriting<TState>(streamId, ct)).Aggregate;
}
