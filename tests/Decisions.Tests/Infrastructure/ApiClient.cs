using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
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

/// <summary>A body of its own with one meeting on 2024-02-01 that gives one assignment, so a test may change it without touching other data.</summary>
public static class AnAssignmentOfItsOwn
{
    static readonly DateOnly Given = new(2024, 2, 1), DueOn = new(2024, 4, 30);

    /// <returns>The assignment's id.</returns>
    public static async Task<string> AnAssignment(this HttpClient api, string bodyName, string task = "återkomma", DateOnly? due = null)
    {
        var bodyId = StreamIds.Body(bodyName);
        var dueText = due is { } d ? $"senast {d:yyyy-MM-dd}" : "senast den 30 april 2024";
        await api.Accept("/api/bodies", new RegisterBody(bodyName, BodyKind.Namnd, null, new(2024, 1, 1)));
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(Given, null, null, null)));
        await api.Accept("/api/decisions", new TakeDecision(new DecisionDetails(bodyId, Given, 5, "Uppföljning", null,
            DecisionKind.Decision, [$"Förvaltningen får i uppdrag att {task} {dueText}."], [], [], [], [], [], [])));
        var decisionId = StreamIds.Decision(StreamIds.Meeting(bodyId, Given), 5);
        await api.Accept("/api/assignments", new GiveAssignment(decisionId, 1, bodyId, null, "Förvaltningen", task,
            Due.OnDate(due ?? DueOn, dueText), Given));
        return StreamIds.Assignment(decisionId, 1);
    }
}
