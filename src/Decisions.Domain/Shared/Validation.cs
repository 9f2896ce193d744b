namespace Decisions.Shared;

/// <summary>Collects every bad field before throwing, so no caller sees only the first problem.</summary>
public sealed class Validation
{
    readonly Dictionary<string, List<string>> errors = [];

    public Validation Required(string? value, string field) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required");

    public Validation Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
            messages.Add(message);
        }
        return this;
    }

    public Validation Each<T>(IReadOnlyList<T> items, string field, Func<T, bool> ok, string message)
    {
        for (var i = 0; i < items.Count; i++) Check(ok(items[i]), $"{field}[{i}]", message);
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (errors.Count > 0)
            throw new ValidationFailed(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
