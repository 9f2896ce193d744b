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

    [Fact]
    public async Task An_expected_version_that_is_not_a_number_gives_400_rather_than_skipping_the_check()
    {
        var response = await app.CreateClient().PostAsync("/api/bodies?expectedVersion=abc",
            new StringContent("{\"name\": \"Valnämnden\", \"kind\": \"Namnd\", \"parentBodyName\": null, \"occurredOn\": \"2024-01-01\"}", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
