using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Decisions.Import;

/// <summary>The preview's wire shape: camelCase names, enum values as camelCase strings, dates as yyyy-MM-dd.</summary>
public static class PreviewJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Swedish names stay readable in the JSON a reviewer looks at ("Hälso-", not "H\u00E4lso-").
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new MinutesTimeConverter() },
    };

    public static string ToJson(DocumentPreview preview) => JsonSerializer.Serialize(preview, Options);
}

/// <summary>Meeting times are minutes-precise in the sources: "09:00", not "09:00:00".</summary>
internal sealed class MinutesTimeConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
