using System.Net;
using Decisions.Import;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Web.WebPageTests;

namespace Decisions.Tests.Web;

/// <summary>A register of its own, so it is empty when the test begins.</summary>
public class StartPageTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Fact]
    public async Task An_empty_register_offers_the_bundled_examples_and_loading_them_leaves_the_extract_to_complete()
    {
        var client = app.CreateClient();
        var start = await Html(client, "/");
        start.ShouldContain("Registret är tomt");
        start.ShouldContain("<form method=\"post\" action=\"/exempel\">");
        foreach (var example in ExampleDocuments.Names) start.ShouldContain(example);
        // The test fixtures are the very files the host ships.
        ExampleDocuments.Bytes(Fixture.AuMinutes2023).ShouldBe(Fixture.Bytes(Fixture.AuMinutes2023));

        var loaded = await client.PostAsync("/exempel", new FormUrlEncodedContent([]));
        var page = await loaded.Content.ReadAsStringAsync();
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain($"{Fixture.BoardAuExtract} behöver kompletteras");
        page.ShouldContain($"<input type=\"hidden\" name=\"namn\" value=\"{Fixture.BoardAuExtract}\">");

        var after = await Html(client, "/");
        after.ShouldNotContain("Registret är tomt");
        after.ShouldContain("Senast beslutat");
    }
}
