using System.Globalization;
using Decisions.Shared;

namespace Decisions.Queries;

/// <summary>
/// Query-string values arrive as text and are parsed here, so a bad one is a 400 that names the parameter
/// rather than a binding failure that names nothing.
/// </summary>
public static class QueryParameters
{
    public static DateOnly? Date(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Invalid(name, $"'{value}' är inte ett datum (ÅÅÅÅ-MM-DD)");

    public static DateOnly RequiredDate(string? value, string name) => Date(value, name) ?? throw Invalid(name, "måste anges (ÅÅÅÅ-MM-DD)");

    public static DateTimeOffset? Instant(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant
        : throw Invalid(name, $"'{value}' är inte en tidpunkt enligt ISO 8601");

    public static void Range(DateOnly? from, DateOnly? to, string fromName, string toName)
    {
        if (from > to)
            throw new ValidationFailed(new Dictionary<string, string[]>
            {
                [fromName] = [$"är efter {toName}"], [toName] = [$"är före {fromName}"],
            });
    }

    public static int Positive(int? value, string name, int fallback, int max = int.MaxValue) =>
        value is null ? fallback : value >= 1 && value <= max ? value.Value : throw Invalid(name, $"måste vara mellan 1 och {max}");

    /// <summary>ASP.NET Core leaves %2F encoded in route values (case numbers and ids contain '/'), so undo it here.</summary>
    public static string RouteKey(string value) => Uri.UnescapeDataString(value);

    static ValidationFailed Invalid(string name, string message) => new(new Dictionary<string, string[]> { [name] = [message] });
}
