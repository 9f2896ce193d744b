using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Decisions.Benchmarks.Measurements;

/// <summary>Speaks to the host as its clients do: JSON, camelCase, enums by name.</summary>
public static class Api
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <param name="token">A registrator's API token, for a client that writes.</param>
    public static HttpClient Client(Uri address, string? token = null) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = address, Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { Authorization = token is null ? null : new("Bearer", token) },
        };

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object command, CancellationToken ct) =>
        client.PostAsync(path, JsonContent.Create(command, command.GetType(), options: Json), ct);

    public static async Task Accept(this HttpClient client, string path, object command, CancellationToken ct)
    {
        using var response = await client.Post(path, command, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
