using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Decisions.Tests.Infrastructure;

/// <summary>Posts commands as the API's clients do: JSON with camelCase names and enums by name.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<HttpResponseMessage> Send(this HttpClient client, string path, object command, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(command, command.GetType(), options: Json) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>Sends and insists that the register accepted the command.</summary>
    public static async Task<JsonElement> Accept(this HttpClient client, string path, object command)
    {
        var response = await client.Send(path, command);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
