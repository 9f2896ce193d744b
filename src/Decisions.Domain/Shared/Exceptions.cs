namespace Decisions.Shared;

/// <summary>The command is well formed but the facts already recorded forbid it (HTTP 409).</summary>
public sealed class DomainRuleViolation(string message) : Exception(message);

/// <summary>The command names a stream that does not exist (HTTP 404).</summary>
/// <param name="thing">What is missing, as code names it ("Case"); <see cref="Noun"/> is how a reader is told.</param>
public sealed class NotFound(string thing, string id) : Exception($"{NounOf(thing)} {id} finns inte.")
{
    public string Thing { get; } = thing;
    public string Id { get; } = id;
    public string Noun => NounOf(Thing);

    static readonly Dictionary<string, string> Nouns = new()
    {
        ["Body"] = "Organet", ["Meeting"] = "Sammanträdet", ["Paragraph"] = "Paragrafen", ["Decision"] = "Beslutet",
        ["Assignment"] = "Uppdraget", ["Case"] = "Ärendet", ["Document"] = "Handlingen",
    };

    static string NounOf(string thing) => Nouns.GetValueOrDefault(thing, thing);
}

/// <summary>
/// The command itself is malformed (HTTP 400). Carries every bad field at once so a form or an
/// import report can show all problems in one round trip.
/// </summary>
public sealed class ValidationFailed(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Ogiltiga fält: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
