using System.Net;
using System.Text.Json;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Hosting;

public class HealthTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Fact]
    public async Task The_host_reports_healthy_when_its_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"openapi\"");
    }
}
