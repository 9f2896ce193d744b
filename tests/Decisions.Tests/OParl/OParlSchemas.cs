using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Decisions.Tests.OParl;

/// <summary>
/// The OParl 1.1 schemas the project carries (OParl/Schemas, with their licence): the required fields, types, patterns
/// and formats of each object, and what each property leads to, which the walk follows.
/// </summary>
public static class OParlSchemas
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "OParl", "Schemas");
    static readonly ConcurrentDictionary<string, JsonSchema> Validators = new();
    static readonly ConcurrentDictionary<string, JsonObject> Raw = new();

    /// <summary>"https://schema.oparl.org/1.1/Meeting" → "Meeting".</summary>
    public static string TypeName(JsonNode node) => ((string)node["type"]!).Split('/')[^1];

    public static JsonObject Schema(string type) =>
        Raw.GetOrAdd(type, t => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, t + ".json")))!.AsObject());

    /// <summary>
    /// What is wrong with <paramref name="o"/> as a <paramref name="type"/>, and with every object it carries inside
    /// (a meeting's agenda items, a person's memberships). A deleted object keeps only id, type and its times (spec 2.8).
    /// </summary>
    public static IReadOnlyList<string> Errors(JsonNode o, string type)
    {
        var errors = new List<string>();
        var id = (string?)o["id"] ?? "(no id)";
        if (o["deleted"] is { } deleted && (bool)deleted)
        {
            var extra = o.AsObject().Select(p => p.Key).Except(["id", "type", "created", "modified", "deleted"]).ToList();
            if (extra.Count > 0) errors.Add($"{id}: deleted but still shows {string.Join(", ", extra)}");
            foreach (var field in new[] { "id", "type", "created", "modified" })
                if (o[field] is null) errors.Add($"{id}: deleted without {field}");
            return errors;
        }
        var validator = Validators.GetOrAdd(type, t => JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Folder, t + ".json"))).GetAwaiter().GetResult());
        errors.AddRange(validator.Validate(o.ToJsonString()).Select(e => $"{id} as {type}: {e.Path} {e.Kind}"));
        foreach (var (name, value, target) in Embedded(o, type))
            errors.AddRange(Errors(value, target).Select(e => $"{id}.{name}: {e}"));
        return errors;
    }

    /// <summary>The objects carried inside <paramref name="o"/>, with the schema each must meet (the schemas' "schema": "X.json").</summary>
    public static IEnumerable<(string Property, JsonNode Value, string Type)> Embedded(JsonNode o, string type)
    {
        foreach (var (name, property) in Schema(type)["properties"]!.AsObject())
        {
            if (o[name] is not { } value) continue;
            if (SchemaOf(property!) is { } single && value is JsonObject) yield return (name, value, single);
            if (property!["items"] is { } items && SchemaOf(items) is { } inner && value is JsonArray array)
                foreach (var item in array.OfType<JsonObject>()) yield return (name, item, inner);
        }
    }

    static string? SchemaOf(JsonNode property) =>
        (string?)property["schema"] is { } file && file.EndsWith(".json", StringComparison.Ordinal) ? file[..^".json".Length] : null;

    /// <summary>The URLs <paramref name="o"/> names and the type of each ("externalList" for a list of <c>items</c>' schema).</summary>
    public static IEnumerable<(string Url, string Type, bool IsList)> Links(JsonNode o, string type)
    {
        foreach (var (name, property) in Schema(type)["properties"]!.AsObject())
        {
            if (o[name] is not { } value || (string?)property!["references"] is not { } references) continue;
            if (references == "externalList")
                yield return ((string)value!, SchemaOf(property["items"]!)!, true);
            else if (value is JsonArray array)
                foreach (var url in array) yield return ((string)url!, references, false);
            else if (value is JsonValue) yield return ((string)value!, references, false);
        }
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })!;
}
