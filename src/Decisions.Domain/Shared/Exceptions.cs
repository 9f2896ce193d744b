namespace Decisions.Shared;

/// <summary>The command is well formed but the facts already recorded forbid it (HTTP 409).</summary>
public sealed class DomainRuleViolation(string message) : Exception(message);

/// <summary>The command names a stream that does not exist (HTTP 404).</summary>
public sealed class NotFound(string thing, string id) : Exception($"{thing} '{id}' does not exist.")
{
    public string Thing { get; } = thing;
    public string Id { get; } = id;
}

/// <summary>
/// The command itself is malformed (HTTP 400). Carries every bad field at once so a form or an
/// import report can show all problems in one round trip.
/// </summary>
public sealed class ValidationFailed(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
