using System.Net;
using System.Text;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Commands;

public class MalformedInputTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Theory]
    [InlineData("/api/meetings", "{}", "bodyId")]
    [InlineData("/api/decisions", "{}", "details")]
    [InlineData("/api/assignments", "{\"decisionId\": null}", "decisionId")]
    [InlineData("/api/bodies", "{\"name\": \"X\", \"kind\": \"Kommun\"}", "kind")]
    [InlineData("/api/bodies", "{ not json", "")]
    [InlineData("/api/assignments/report-backs", "{\"assignmentId\": \"a\"}", "report")]
    public async Task A_body_that_is_not_a_whole_command_gives_400_naming_what_is_wrong(string path, string json, string named)
    {
        var response = await app.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldContain(named, Case.Insensitive);
    }

    const string Report = "\"report\": {\"on\": \"2024-01-01\", \"at\": \"m\", \"completeness\": \"Complete\", \"summary\": \"s\"}";

    [Theory]
    [InlineData("{\"assignmentId\": \"a\", \"report\": {\"on\": \"2024-13-45\", \"at\": \"m\", \"completeness\": \"Complete\", \"summary\": \"s\"}}",
        "Report.On", "Fältet Report.On kunde inte läsas som datum (ÅÅÅÅ-MM-DD).")]
    [InlineData("{\"assignmentId\": 5, " + Report + "}", "AssignmentId", "Fältet AssignmentId kunde inte läsas som text.")]
    [InlineData("{\"assignmentId\": \"a\", \"report\": {\"on\": \"2024-01-01\", \"at\": \"m\", \"completeness\": \"Klar\", \"summary\": \"s\"}}",
        "Report.Completeness", "Fältet Report.Completeness kunde inte läsas som ett av Partial, Complete.")]
    [InlineData("{\"assignmentId\": \"a\", \"report\": [1]}", "Report", "Fältet Report kunde inte läsas som objekt.")]
    [InlineData("{\"assignmentId\": \"a\"}", "Report", "Fältet Report saknas.")]
    [InlineData("{\"assignmentId\": \"a\", \"report\": {\"on\": \"2024-01-01\", \"completeness\": \"Complete\", \"summary\": \"s\"}}", "Report.At", "Fältet Report.At saknas.")]
    [InlineData("{\"assignmentId\": null, " + Report + "}", "AssignmentId", "Fältet AssignmentId får inte vara null.")]
    [InlineData("[]", "body", "Innehållet kunde inte läsas som ett kommando (ett JSON-objekt).")]
    [InlineData("{ not json", "body", "Innehållet är inte giltig JSON (rad 1, tecken 3).")]
    public async Task A_body_the_serializer_cannot_read_gives_a_swedish_400_naming_the_field(string json, string field, string detail)
    {
        var response = await app.CreateClient().PostAsync("/api/assignments/report-backs", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("Begäran har ogiltiga fält.");
        problem.GetProperty("detail").GetString().ShouldBe(detail);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
        body.ShouldNotContain("Decisions.");
        body.ShouldNotContain("JSON value");
    }

    [Fact]
    public async Task An_expected_version_that_is_not_a_number_gives_400_rather_than_skipping_the_check()
    {
        var response = await app.CreateClient().PostAsync("/api/bodies?expectedVersion=abc",
            new StringContent("{\"name\": \"Valnämnden\", \"kind\": \"Namnd\", \"parentBodyName\": null, \"occurredOn\": \"2024-01-01\"}", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()
            .ShouldBe("Fältet expectedVersion kunde inte läsas som heltal (värdet var 'abc').");
    }
}
