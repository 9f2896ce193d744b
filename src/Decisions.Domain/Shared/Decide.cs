using System.Text.Json;

namespace Decisions.Shared;

/// <summary>Shapes every decider shares: existence, refusal, idempotent re-import, corrections.</summary>
public static class Decide
{
    public static readonly IReadOnlyList<object> Nothing = [];

    public static IReadOnlyList<object> Emit(params object[] events) => events;

    /// <summary>A blank id is the command's mistake, not a missing stream: it is named as the field it came in.</summary>
    public static T Existing<T>(T? state, string thing, string id) where T : class =>
        state ?? (string.IsNullOrWhiteSpace(id)
            ? throw new ValidationFailed(new Dictionary<string, string[]> { [thing == "Case" ? "CaseNumber" : thing + "Id"] = ["måste anges"] })
            : throw new NotFound(thing, id));

    public static DomainRuleViolation Refuse(string message) => new(message);

    /// <summary>
    /// Re-importing a document must add nothing, and a differing second version must not silently
    /// overwrite the first: an identical fact yields no events, a different one must come as a correction.
    /// </summary>
    public static IReadOnlyList<object> AlreadyRecorded<T>(T recorded, T incoming, string what) where T : notnull =>
        SameFacts(recorded, incoming)
            ? Nothing
            : throw Refuse($"{what} finns redan med andra uppgifter; registrera en rättelse i stället.");

    /// <summary>
    /// Records compare their collections by reference, so two imports of the same document would
    /// never be equal; comparing the serialised form compares the facts themselves.
    /// </summary>
    public static bool SameFacts<T>(T a, T b) where T : notnull =>
        JsonSerializer.Serialize(a, a.GetType(), Json) == JsonSerializer.Serialize(b, b.GetType(), Json);

    // Fields too, or tuples would all serialise to "{}" and compare equal.
    static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>
    /// Every correction says why; one that changes nothing would only add noise to the log that history is read from.
    /// </summary>
    /// <param name="valuesChecked">The corrected values' own checks, so every bad field is reported together with the reason.</param>
    public static void RequireCorrection(Validation valuesChecked, string reason, bool changesSomething)
    {
        valuesChecked.Required(reason, "Reason").ThrowIfInvalid();
        if (!changesSomething) throw Refuse("En rättelse måste ändra något.");
    }
}
