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
        var timeline = await Picture("/arenden/HSN%2F570%2F2023?per=2024-05-01", "Uppdragen i ärendet på en tidslinje", "g.uppdrag", 5);
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
        var chart = await Picture("/forsenade?per=2024-05-01", "Försenade uppdrag per organ vid månadsslut 2022-06 – 2024-05-01", "g.organ", 1);

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Försenade uppdrag vid månadsslut per organ" });
        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.GetByText("Antalen som tabell").ClickAsync();
        // Two overdue at the last point: the assignment with only a partial report and the october one.
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Hälso- och sjukvårdsnämnden" }).Locator("td").Last).ToHaveTextAsync("2");

        await chart.ScreenshotAsync(new() { Path = Shot("forsenade-over-tid-bild") });
        await page.ScreenshotAsync(new() { Path = Shot("forsenade-over-tid"), FullPage = true });
    }

    /// <summary>The page's picture, found by its accessible name, with its rows or panels, shown within the page's main column.</summary>
    async Task<ILocator> Picture(string path, string name, string parts, int count)
    {
        await page.GotoAsync(host.BaseUrl + path);
        var image = page.GetByRole(AriaRole.Img, new() { Name = name });
        await Assertions.Expect(image).ToBeVisibleAsync();
        await Assertions.Expect(image.Locator(parts)).ToHaveCountAsync(count);
        var box = (await image.BoundingBoxAsync())!;
        var main = (await page.Locator("main").BoundingBoxAsync())!;
        box.Width.ShouldBeGreaterThan(300);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(main.X + main.Width);
        return image;
    }

    static string Shot(string name) => Path.Combine(BrowserHost.Screenshots, $"{name}.png");
}
