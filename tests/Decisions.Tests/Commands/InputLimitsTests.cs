using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace Decisions.Tests.Commands;

/// <summary>
/// Whatever a client sends, the answer is never a 500: every JSON command endpoint (found from the routing table, so
/// a new one is covered) gets a well-formed body with one field at a time made hostile. Named cases check that the
/// hostile value is refused with the field named, in Swedish, and nothing stored.
/// </summary>
public class InputLimitsTests(StoryApp app) : IClassFixture<StoryApp>
{
    static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    IReadOnlyList<(string Path, Type Command)> CommandEndpoints() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? "", Chain: e.Metadata.GetMetadata<HttpChain>()))
            .Where(e => e.Chain is { RequestType: { } t } && e.Chain.HttpMethods.Contains("POST") && t.Namespace!.StartsWith("Decisions"))
            .Select(e => ("/" + e.Item1.TrimStart('/'), e.Chain!.RequestType!)),
    ];

    [Fact]
    public async Task No_hostile_field_in_any_command_gives_a_server_error()
    {
        var endpoints = CommandEndpoints();
        endpoints.Count.ShouldBeGreaterThan(20);
        var client = app.CreateClient();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (path, type) in endpoints)
        foreach (var body in Hostile(Sample(type, 0)!).Prepend("null").Prepend(Sample(type, 0)!.ToJsonString()))
        {
            var response = await client.PostAsync(path, Json(body));
            sent++;
            if ((int)response.StatusCode >= 500)
                failures.Add($"{(int)response.StatusCode} {path} {Shorten(body)}: {Shorten(await response.Content.ReadAsStringAsync())}");
        }
        sent.ShouldBeGreaterThan(200);
        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Vård\u0000nämnden", "Name", "styrtecken")]
    [InlineData("Vård\u202Enämnden", "Name", "riktningstecken")]
    [InlineData("Vård\u0007nämnden", "Name", "styrtecken")]
    public async Task A_name_with_control_or_bidi_characters_is_refused_naming_the_field(string name, string field, string said)
    {
        var response = await app.CreateClient().Send("/api/bodies", new RegisterBody(name, BodyKind.Namnd, null, new(2024, 1, 1)));
        await ShouldBeRefused(response, field, said);
    }

    [Fact]
    public async Task An_oversized_string_is_refused_with_its_limit()
    {
        var response = await app.CreateClient().Send("/api/bodies", new RegisterBody(new string('n', 1_000_000), BodyKind.Namnd, null, new(2024, 1, 1)));
        await ShouldBeRefused(response, "Name", $"högst {Inputs.ShortText} tecken");
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1066-10-14")]
    public async Task A_date_outside_1900_to_2200_is_refused(string date)
    {
        var response = await app.CreateClient().PostAsync("/api/bodies",
            Json($$"""{"name": "Valnämnden", "kind": "Namnd", "parentBodyName": null, "occurredOn": "{{date}}"}"""));
        await ShouldBeRefused(response, "OccurredOn", "1900-01-01 och 2200-12-31");
    }

    [Fact]
    public async Task An_undefined_enum_number_is_refused_and_not_stored()
    {
        var client = app.CreateClient();
        var response = await client.PostAsync("/api/assignments/report-backs", Json($$"""
            {"assignmentId": "{{EconomyStory.October}}", "report": {"on": "2023-10-17", "at": "x", "completeness": 99, "summary": "s"} }
            """));
        await ShouldBeRefused(response, "Report.Completeness", "Partial, Complete");
        var assignment = await client.GetJson<JsonElement>($"/api/assignments/{Api.Encoded(EconomyStory.October)}");
        assignment.GetProperty("state").GetProperty("reportBacks").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_null_item_in_a_list_is_refused_naming_its_place()
    {
        var response = await app.CreateClient().PostAsync("/api/meetings/adjustment", Json($$"""
            {"meetingId": "{{EconomyStory.Meeting0516}}", "adjusters": ["Anna", null], "adjustedOn": "2023-05-22", "latestAllowed": null}
            """));
        ((int)response.StatusCode).ShouldBe(400, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_null_body_is_400_and_a_wrong_content_type_415_both_in_swedish()
    {
        var client = app.CreateClient();
        var nullBody = await client.PostAsync("/api/bodies", Json(" null "));
        await ShouldBeRefused(nullBody, "body", "null");

        var form = await client.PostAsync("/api/bodies", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        form.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await form.Content.ReadAsStringAsync()).ShouldContain("Kommandon skickas som JSON");
    }

    [Fact]
    public async Task A_document_filed_to_an_unknown_case_is_refused_naming_the_case_number()
    {
        var response = await app.CreateClient().PostAsync("/api/cases/documents", Json("""
            {"caseNumber": "KS 1999/0001", "document": {"kind": "Pm", "date": "2024-01-10", "title": "PM", "author": null, "proposals": [], "recipients": []}}
            """));
        await ShouldBeRefused(response, "CaseNumber", "finns inte i registret");
    }

    [Theory]
    [InlineData("/api/decisions?q=%00")]
    [InlineData("/api/decisions?page=2147483647")]
    [InlineData("/api/decisions?person=a%E2%80%AEb")]
    [InlineData("/api/cases/HSN%2F570%E2%80%AE%2F2023")]
    [InlineData("/api/assignments?assignee=%00")]
    public async Task Hostile_query_values_give_400_or_an_empty_answer_never_500(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        ((int)response.StatusCode).ShouldBeOneOf([200, 400, 404], await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_empty()
    {
        var page = await app.CreateClient().GetJson<JsonElement>("/api/decisions?page=2147483647");
        page.GetProperty("hits").GetArrayLength().ShouldBe(0);
    }

    static async Task ShouldBeRefused(HttpResponseMessage response, string field, string said)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        var messages = errors.EnumerateObject().Where(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()).ToList();
        messages.ShouldNotBeEmpty(body);
        string.Join(" ", messages).ShouldContain(said, Case.Insensitive, body);
    }

    static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;

    /// <summary>A well-formed instance of a command type, as JSON: strings "x", numbers 1, dates in 2024, first enum names, lists of one.</summary>
    static JsonNode? Sample(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "x";
        if (type == typeof(int) || type == typeof(long)) return 1;
        if (type == typeof(bool)) return false;
        if (type == typeof(DateOnly)) return "2024-01-10";
        if (type == typeof(TimeOnly)) return "10:00:00";
        if (type == typeof(DateTimeOffset)) return "2024-01-10T10:00:00Z";
        if (type.IsEnum) return Enum.GetNames(type)[0];
        if (depth > 6) return null;
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
            return new JsonArray(Sample(type.GetGenericArguments()[0], depth + 1));
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var json = new JsonObject();
        foreach (var p in constructor.GetParameters())
            json[JsonNamingPolicy.CamelCase.ConvertName(p.Name!)] = Sample(p.ParameterType, depth + 1);
        return json;
    }

    /// <summary>The sample with one leaf at a time replaced by what the issue found breaking the API.</summary>
    static IEnumerable<string> Hostile(JsonNode sample)
    {
        var leaves = new List<string>();
        Paths(sample, "", leaves);
        foreach (var path in leaves)
        {
            var leaf = Find(sample, path)!;
            JsonNode?[] replacements = leaf.GetValueKind() switch
            {
                JsonValueKind.String when leaf.GetValue<string>() == "2024-01-10" => ["9999-12-31", "0001-01-01"],
                JsonValueKind.String when leaf.GetValue<string>() == "x" => ["\u0000", "", new string('x', 100_000), "a\u202Eb"],
                JsonValueKind.String => [99],
                JsonValueKind.Number => [int.MaxValue, -1, 0],
                _ => [],
            };
            foreach (var replacement in replacements) yield return With(sample, path, replacement);
        }
        foreach (var list in ListPaths(sample, "")) yield return With(sample, list, new JsonArray { null });
    }

    static void Paths(JsonNode? node, string path, List<string> into)
    {
        switch (node)
        {
            case JsonObject o: foreach (var (k, v) in o) Paths(v, $"{path}.{k}", into); break;
            case JsonArray a: for (var i = 0; i < a.Count; i++) Paths(a[i], $"{path}[{i}]", into); break;
            case JsonValue: into.Add(path); break;
        }
    }

    static IEnumerable<string> ListPaths(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(kv => ListPaths(kv.Value, $"{path}.{kv.Key}")),
        JsonArray a => a.SelectMany((item, i) => ListPaths(item, $"{path}[{i}]")).Prepend(path),
        _ => [],
    };

    static JsonNode? Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in Steps(path)) node = step is int i ? node![i] : node![(string)step];
        return node;
    }

    static string With(JsonNode sample, string path, JsonNode? replacement)
    {
        var copy = sample.DeepClone();
        var steps = Steps(path).ToList();
        var parent = copy;
        foreach (var step in steps[..^1]) parent = step is int i ? parent![i] : parent![(string)step];
        switch (steps[^1])
        {
            case int i: parent!.AsArray()[i] = replacement; break;
            case string k: parent!.AsObject()[k] = replacement; break;
        }
        return copy.ToJsonString();
    }

    static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket >= 0)
                foreach (var index in part[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries)) yield return int.Parse(index);
        }
    }
}
