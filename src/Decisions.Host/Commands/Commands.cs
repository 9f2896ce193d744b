using System.Text.Json;
using Decisions.Accounts;
using Decisions.Shared;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace Decisions.Commands;

/// <summary>What a command did: the stream, its version afterwards, and the events it appended there (none when the fact was already recorded).</summary>
public sealed record CommandAccepted(string StreamId, long Version, IReadOnlyList<string> Events);

/// <summary>The first answer to an idempotency key, kept in the same transaction as the events it produced.</summary>
public sealed record CommandReceipt(string Id, string Fingerprint, CommandAccepted Result);

/// <summary>A stream the command refers to but does not write; it must exist before any event is appended.</summary>
public sealed record Reference(object? State, string Thing, string StreamId);

/// <summary>The client saw another version of the stream than the one it has now; nothing was written.</summary>
public sealed class StaleVersion(string streamId, long expected, long actual)
    : Exception($"{streamId} har version {actual}, inte {expected}.");

/// <summary>
/// What travels with a command besides the command itself, as headers of its envelope: the version the client read,
/// the key that makes a retry safe, and the person who records it (on every event, and on what follows from them).
/// </summary>
public static class CommandHeaders
{
    public const string ExpectedVersion = "expected-version";
    public const string IdempotencyKey = "idempotency-key";
    public const string RecordedBy = "recorded-by";

    public static DeliveryOptions For(string recordedBy, long? expectedVersion = null, string? idempotencyKey = null)
    {
        var options = new DeliveryOptions();
        options.Headers[RecordedBy] = recordedBy;
        if (expectedVersion is { } version) options.Headers[ExpectedVersion] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (idempotencyKey is not null) options.Headers[IdempotencyKey] = idempotencyKey;
        return options;
    }

    public static string? Get(Envelope? envelope, string header) =>
        envelope is not null && envelope.Headers.TryGetValue(header, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}

/// <summary>
/// The one piece of middleware every handler runs first: events are recorded as the person the envelope names. A
/// follow-up carries the name of whoever recorded its cause.
/// </summary>
public static class RecordedByMiddleware
{
    public static void Before(Envelope envelope, IDocumentSession session) =>
        session.LastModifiedBy = CommandHeaders.Get(envelope, CommandHeaders.RecordedBy) ?? envelope.UserName ?? "registret";
}

/// <summary>The use cases' handlers decide through here: the loaded stream, the pure decider, the events to append.</summary>
public static class Deciding
{
    /// <summary>
    /// Checks what the command refers to and the version the client read, decides on the loaded state (the decider
    /// checks the command's fields itself), and answers with the new version; the receipt of an idempotency key is
    /// written in the same transaction as the events.
    /// </summary>
    public static (CommandAccepted, AppendedEvents, IMartenOp) Decide<TState>(
        this IEventStream<TState> stream, Envelope envelope, Func<TState?, IReadOnlyList<object>> decide, params Reference[] references) where TState : class
    {
        var command = envelope.Message!;
        foreach (var reference in references)
            if (reference.State is null) throw new NotFound(reference.Thing, reference.StreamId);

        var current = stream.StartingVersion ?? 0;
        if (CommandHeaders.Get(envelope, CommandHeaders.ExpectedVersion) is { } header
            && long.Parse(header, System.Globalization.CultureInfo.InvariantCulture) is var expected && expected != current)
            throw new StaleVersion(stream.Key!, expected, current);

        var events = decide(stream.Aggregate);
        var accepted = new CommandAccepted(stream.Key!, current + events.Count, [.. events.Select(e => e.GetType().Name)]);
        return (accepted, [.. events], Idempotency.Receipt(envelope, command, accepted));
    }
}

/// <summary>
/// An idempotency key names one command: its first answer is kept with its events, and the same command with the same
/// key gets that answer again without deciding anything; another command with a used key is refused.
/// </summary>
public static class Idempotency
{
    static string Fingerprint(object command) => $"{command.GetType().Name}:{JsonSerializer.Serialize(command, command.GetType())}";

    public static IMartenOp Receipt(Envelope envelope, object command, CommandAccepted accepted) =>
        CommandHeaders.Get(envelope, CommandHeaders.IdempotencyKey) is { } key
            ? MartenOps.Insert(new CommandReceipt(key, Fingerprint(command), accepted))
            : MartenOps.Nothing();

    public static async Task<CommandAccepted?> Earlier(IQuerySession session, string? key, object command, CancellationToken ct) =>
        key is not null && await session.LoadAsync<CommandReceipt>(key, ct) is { } earlier ? Replay(earlier, command) : null;

    static CommandAccepted Replay(CommandReceipt receipt, object command) =>
        receipt.Fingerprint == Fingerprint(command)
            ? receipt.Result
            : throw new DomainRuleViolation($"Idempotency-Key '{receipt.Id}' har redan använts för ett annat kommando.");
}

/// <summary>How a person's command reaches its handler, from the API and from the web's forms alike.</summary>
public static class CommandBus
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// The acting user is the signed-in person (by cookie, token or the organisation's provider), recorded by display
    /// name on every event. Writes require a registrator before they get here, so there always is one.
    /// </summary>
    public static string RecordedBy(HttpContext http) =>
        http.User.DisplayName() ?? throw new InvalidOperationException("A command reached the register without a signed-in person.");

    public static async Task<CommandAccepted> Send(this IMessageBus bus, HttpContext http, object command, long? expectedVersion)
    {
        // Before any id in it reaches the database (the receipt, the streams it loads).
        Validation.For(command).ThrowIfInvalid();
        Deciders.Checked(Deciders.TargetOf(command));
        var user = RecordedBy(http);
        var key = http.Request.Headers[IdempotencyKeyHeader].FirstOrDefault() is { } given && !string.IsNullOrWhiteSpace(given) ? given : null;
        // The command, its handler's sessions and every follow-up it causes are the request's organisation's.
        var organisation = Organisations.CurrentOrganisation.Of(http);
        var store = http.RequestServices.GetRequiredService<IDocumentStore>();
        var ct = http.RequestAborted;
        if (key is not null)
        {
            await using var query = store.QuerySession(organisation);
            if (await Idempotency.Earlier(query, key, command, ct) is { } earlier) return earlier;
        }
        try
        {
            var options = CommandHeaders.For(user, expectedVersion, key);
            options.TenantId = organisation;
            return await bus.InvokeAsync<CommandAccepted>(command, options, ct);
        }
        catch (Exception e) when (key is not null && (e is JasperFx.DocumentAlreadyExistsException || Conflicts.IsConflict(e)))
        {
            // The same key arrived twice at once and the other request committed first (its receipt, or its events on the
            // same stream, got there before ours): its answer is the answer. Without a receipt it was another command.
            await using var query = store.QuerySession(organisation);
            if (await Idempotency.Earlier(query, key, command, ct) is { } first) return first;
            throw;
        }
    }
}

/// <summary>What follows from a committed event into another stream travels as a message of its own, through the outbox.</summary>
public static class FollowUps
{
    /// <summary>The follow-up is recorded as whoever recorded its cause.</summary>
    public static ValueTask FollowUp(this IMessageContext bus, IEvent cause, object command) =>
        bus.SendAsync(command, CommandHeaders.For(cause.UserName ?? "registret"));
}
