using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Decisions.Tests.Infrastructure;

public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> GetJson<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} {url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>Case numbers and ids contain '/' and '§'.</summary>
    public static string Encoded(string key) => Uri.EscapeDataString(key);
}
