using Decisions.Bodies;
using Decisions.Tests.Infrastructure;
using Decisions.Tests.Web;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Decisions.Tests.Charts;

/// <summary>
/// The pictures in the machine's Chromium over the story: the case's timeline and the overdue chart are images with
/// their names, drawn within the page, break no content security rule, and leave screenshots in TestResults/screenshots.
/// </summary>
public class ChartBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    IPage page = null!;
    readonly List<string> violations = [];

    public async Task InitializeAsync()
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession())
            if (await session.LoadAsync<BodyState>(EconomyStory.Hsn) is null) await EconomyStory.AppendAsync(store);
        page = await host.Browser.NewPageAsync();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };
    }

    public async Task DisposeAsync()
    {
        await page.CloseAsync();
        host.ForeignRequests.ShouldBeEmpty();
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_case_page_shows_its_assignments_on_a_timeline_that_fits_the_page()
    {
        await page.GotoAsync($"{host.BaseUrl}/arenden/HSN%2F570%2F2023?per=2024-05-01");
        var timeline = page.GetByRole(AriaRole.Img, new() { Name = "Uppdragen i ärendet på en tidslinje" });
        await Assertions.Expect(timeline).ToBeVisibleAsync();
        await Assertions.Expect(timeline.Locator("g.uppdrag")).ToHaveCountAsync(5);
        await FitsThePage(timeline);
        // The hatched stretch of the october report that never came, with its dates as a tooltip.
        var october = timeline.Locator("g.uppdrag", new() { HasText = "fördjupning" });
        await Assertions.Expect(october.Locator("rect")).ToHaveCountAsync(1);
        (await october.Locator("rect title").TextContentAsync()).ShouldBe("Försenat 2023-11-01 – 2024-05-01");
        // The list for screen readers is there but takes no room on the screen.
        var list = page.Locator("figure.chart ul.visually-hidden");
        await Assertions.Expect(list.Locator("li")).ToHaveCountAsync(5);
        (await list.BoundingBoxAsync())!.Width.ShouldBeLessThanOrEqualTo(1);

        await timeline.ScreenshotAsync(new() { Path = Shot("arende-tidslinje-bild") });
        await page.ScreenshotAsync(new() { Path = Shot("arende-tidslinje"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Shot("arende-tidslinje-utskrift"), FullPage = true });
    }

    [Fact]
    public async Task The_overdue_page_shows_the_counts_per_body_over_two_years_and_as_a_table()
    {
        await page.GotoAsync($"{host.BaseUrl}/forsenade?per=2024-05-01");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Försenade uppdrag per organ vid månadsslut 2022-06 – 2024-05-01" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator("g.organ")).ToHaveCountAsync(1);
        await FitsThePage(chart);

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Försenade uppdrag vid månadsslut per organ" });
        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.GetByText("Antalen som tabell").ClickAsync();
        // Two overdue at the last point: the assignment with only a partial report and the october one.
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Hälso- och sjukvårdsnämnden" }).Locator("td").Last).ToHaveTextAsync("2");

        await chart.ScreenshotAsync(new() { Path = Shot("forsenade-over-tid-bild") });
        await page.ScreenshotAsync(new() { Path = Shot("forsenade-over-tid"), FullPage = true });
    }

    async Task FitsThePage(ILocator image)
    {
        var box = (await image.BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        box.Width.ShouldBeGreaterThan(300);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(main.X + main.Width);
    }

    static string Shot(string name) => Path.Combine(BrowserHost.Screenshots, $"{name}.png");
}
