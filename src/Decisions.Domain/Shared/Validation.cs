namespace Decisions.Shared;

/// <summary>
/// Collects every bad field before throwing, so no caller sees only the first problem. The messages are read by
/// people (forms, import reports, API clients), so they are Swedish; the field names are the command's own.
/// </summary>
public sealed class Validation
{
    /// <summary>The business dates the register accepts: older records than 1900 are not decisions of today's bodies, and a later date is a typo.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2200, 12, 31);

    readonly Dictionary<string, List<string>> errors = [];

    /// <summary>
    /// Starts with what every command must satisfy, whatever its rules: each text, date, enum value and list in it
    /// checked by <see cref="Inputs"/>. A decider begins here, so no command reaches the log with a NUL, a date in
    /// year 9999 or an undefined enum number, whichever way it came in (API, import, tool).
    /// </summary>
    public static Validation For(object command) => Inputs.Check(new Validation(), command);

    public Validation Required(string? value, string field) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "måste anges");

    /// <summary>Present, within <paramref name="maxLength"/>, and free of characters that are not text (see <see cref="Inputs.IsText"/>).</summary>
    public Validation Text(string? value, string field, int maxLength, bool required = true)
    {
        if (value is null) return required ? Required(value, field) : this;
        if (required) Required(value, field);
        return Check(value.Length <= maxLength, field, $"får vara högst {maxLength} tecken (är {value.Length})")
            .Check(Inputs.IsText(value), field, "innehåller styrtecken eller riktningstecken som inte hör hemma i text");
    }

    public Validation Date(DateOnly? value, string field) =>
        Check(value is null || (value >= EarliestDate && value <= LatestDate), field,
            $"måste ligga mellan {EarliestDate:yyyy-MM-dd} och {LatestDate:yyyy-MM-dd}");

    public Validation Defined(Enum? value, string field) =>
        Check(value is null || Enum.IsDefined(value.GetType(), value), field,
            value is null ? "" : $"'{value}' är inte ett av {string.Join(", ", Enum.GetNames(value.GetType()))}");

    public Validation Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
            if (!messages.Contains(message)) messages.Add(message);
        }
        return this;
    }

    /// <summary>Checks each item; a missing (null) item is itself the error, and no rule is asked about it.</summary>
    public Validation Each<T>(IReadOnlyList<T>? items, string field, Func<T, bool> ok, string message)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
            Check(items![i] is not null && ok(items[i]), $"{field}[{i}]", items[i] is null ? "saknas" : message);
        return this;
    }

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfInvalid()
    {
        if (errors.Count > 0) throw new ValidationFailed(Errors);
    }
}
