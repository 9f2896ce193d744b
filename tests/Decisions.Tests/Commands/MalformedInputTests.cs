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
}
