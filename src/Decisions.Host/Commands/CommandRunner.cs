using System.Text.Json;
using JasperFx;
using Marten;

namespace Decisions.Commands;

/// <summary>What a command did: the stream, its version afterwards, and the events it appended there and elsewhere (none when the fact was already recorded).</summary>
public sealed record CommandAccepted(string StreamId, long Version, IReadOnlyList<string> Events);

/// <summary>Who acts, which version the client saw, and the key that makes a retry safe.</summary>
public sealed record CommandContext(string User, long? ExpectedVersion, string? IdempotencyKey);

/// <summary>The first answer to an idempotency key, kept in the same transaction as the events it produced.</summary>
public sealed record CommandReceipt(string Id, string Fingerprint, CommandAccepted Result);

/// <summary>A stream the command refers to but does not write; it must exist before any event is appended.</summary>
public sealed record Reference(string Thing, string StreamId);

/// <summary>
/// The flow of every HTTP command: check what it refers to, decide it on its stream (expected version
/// checked), let the reactions follow into other streams, and commit all of it or nothing.
/// </summary>
public sealed class CommandRunner(IDocumentStore store, IEnumerable<IReaction> reactions)
{
    public Transaction Begin(string user)
    {
        var session = store.LightweightSession();
        session.LastModifiedBy = user;
        return new Transaction(session, reactions);
    }

    public async Task<CommandAccepted> Run<TState>(
        string streamId, object command, Func<TState?, IReadOnlyList<object>> decide, CommandContext context,
        CancellationToken ct, params Reference[] references) where TState : class
    {
        // Before any id in it reaches the database (references, stream ids, the idempotency receipt).
        Shared.Validation.For(command).ThrowIfInvalid();
        var fingerprint = $"{command.GetType().Name}:{JsonSerializer.Serialize(command, command.GetType())}";
        var transaction = Begin(context.User);
        await using var session = transaction.Session;

        if (context.IdempotencyKey is { } key && await session.LoadAsync<CommandReceipt>(key, ct) is { } earlier)
            return Replay(earlier, fingerprint);

        foreach (var reference in references)
            if (await session.Events.FetchStreamStateAsync(reference.StreamId, ct) is null)
                throw new Shared.NotFound(reference.Thing, reference.StreamId);

        await transaction.Execute(streamId, decide, ct, context.ExpectedVersion);
        var result = new CommandAccepted(streamId, transaction.VersionOf(streamId), transaction.Appended.Select(e => e.GetType().Name).ToList());
        if (context.IdempotencyKey is { } newKey) session.Insert(new CommandReceipt(newKey, fingerprint, result));
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when ((e is DocumentAlreadyExistsException || Conflicts.IsConflict(e)) && context.IdempotencyKey is not null)
        {
            // The same key arrived twice at once and the other request committed first (its receipt, or its events on the
            // same stream, got there before ours): its answer is the answer. Without a receipt it was another command.
            await using var query = store.QuerySession();
            if (await query.LoadAsync<CommandReceipt>(context.IdempotencyKey!, ct) is { } first) return Replay(first, fingerprint);
            throw;
        }
        return result;
    }

    static CommandAccepted Replay(CommandReceipt receipt, string fingerprint) =>
        receipt.Fingerprint == fingerprint
            ? receipt.Result
            : throw new Shared.DomainRuleViolation($"Idempotency-Key '{receipt.Id}' har redan använts för ett annat kommando.");
}
