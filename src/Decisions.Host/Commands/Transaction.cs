using Decisions.Shared;
using Marten;
using Marten.Events;
using Npgsql;

namespace Decisions.Commands;

/// <summary>A rule that follows from an event into other streams (a held meeting puts a date in its body's schedule, …).</summary>
public interface IReaction
{
    Task React(Transaction transaction, object @event, CancellationToken ct);
}

/// <summary>
/// One unit of work over any number of streams: each command is decided against the stream's stored state
/// plus what this transaction already appended to it, the reactions follow every new event, and nothing is
/// written until <see cref="CommitAsync"/> commits it all at once.
/// </summary>
public sealed class Transaction(IDocumentSession session, IEnumerable<IReaction> reactions)
{
    readonly Dictionary<string, (object? Stored, long Version, List<object> Appended)> streams = [];

    public IDocumentSession Session => session;

    /// <summary>Every event this transaction appended, in order.</summary>
    public List<object> Appended { get; } = [];

    readonly HashSet<string> locks = [];

    /// <summary>
    /// Serialises this transaction with every other one that locks the same key, until commit: a reaction that reads
    /// what another stream says (a body's schedule, a decision's citations) and writes elsewhere takes the key first,
    /// so two concurrent transactions cannot each miss what the other is writing.
    /// </summary>
    public async Task Lock(string key, CancellationToken ct)
    {
        if (!locks.Add(key)) return;
        if (locks.Count == 1) await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", session.Connection) { Parameters = { new() { Value = key } } };
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<TState?> Load<TState>(string streamId, CancellationToken ct) where TState : class =>
        streams.TryGetValue(streamId, out var known)
            ? Evolve.Fold((TState?)known.Stored, known.Appended)
            : await session.LoadAsync<TState>(streamId, ct);

    /// <summary>Decides a command on one stream, appends what it decided, and lets the reactions follow.</summary>
    /// <param name="expectedVersion">The version the client read; checked when the transaction commits.</param>
    public async Task<IReadOnlyList<object>> Execute<TState>(
        string streamId, Func<TState?, IReadOnlyList<object>> decide, CancellationToken ct, long? expectedVersion = null) where TState : class
    {
        if (!streams.TryGetValue(streamId, out var known))
        {
            // No stream can have an empty id or one with a NUL (PostgreSQL refuses it): the command's own checks name
            // the field that is wrong, without asking the database.
            if (string.IsNullOrWhiteSpace(streamId) || !Inputs.IsText(streamId))
                return decide(null).Count == 0 ? [] : throw new ValidationFailed(new Dictionary<string, string[]> { ["id"] = ["är ogiltigt"] });
            var stream = expectedVersion is { } expected
                ? await session.Events.FetchForWriting<TState>(streamId, expected, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
            streams[streamId] = known = (stream.Aggregate, stream.StartingVersion ?? 0, []);
        }
        var events = decide(Evolve.Fold((TState?)known.Stored, known.Appended));
        if (events.Count == 0) return events;

        session.Events.Append(streamId, events);
        known.Appended.AddRange(events);
        Appended.AddRange(events);
        foreach (var @event in events)
        foreach (var reaction in reactions)
            await reaction.React(this, @event, ct);
        return events;
    }

    /// <summary>The version a stream this transaction wrote will have once it commits.</summary>
    public long VersionOf(string streamId) =>
        streams.TryGetValue(streamId, out var known) ? known.Version + known.Appended.Count : 0;

    public Task CommitAsync(CancellationToken ct) => session.SaveChangesAsync(ct);
}
