using System.Text.Json;
using System.Text.Json.Serialization;
using Decisions.Events;

namespace Decisions.Shared;

/// <summary>
/// Writes one of <typeparamref name="TState"/>'s events as <c>["ReportBackReceived", {…}]</c>, so a read model can keep a
/// stream's events and fold them when read. An array, because PostgreSQL's jsonb keeps its order and not an object's.
/// </summary>
public sealed class EventJson<TState> : JsonConverter<IDomainEvent>
{
    static readonly Dictionary<string, Type> Kinds = Evolve.EventTypes<TState>().ToDictionary(t => t.Name, StringComparer.Ordinal);

    public override IDomainEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.GetString() is not { } kind || !Kinds.TryGetValue(kind, out var type))
            throw new JsonException($"Expected [kind, event] with a kind of {typeof(TState).Name}'s events.");
        reader.Read();
        var e = (IDomainEvent)JsonSerializer.Deserialize(ref reader, type, options)!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("Expected the end of [kind, event].");
        return e;
    }

    public override void Write(Utf8JsonWriter writer, IDomainEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.GetType().Name);
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
        writer.WriteEndArray();
    }
}
