using Decisions.Tests.Infrastructure;
using Decisions.Tests.Web;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Assignments;

/// <summary>
/// A secretary opens "Uppföljning av uppdrag" for a meeting, picks another meeting, and prints it: on paper the site's
/// frame and the form are gone and every light still reads in words. Screenshots (screen and print) are kept in
/// TestResults/screenshots, with the printout as an A4 PDF.
/// </summary>
public class StandingListBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    IPage page = null!;

    public async Task InitializeAsync()
    {
        page = await host.Browser.NewPageAsync();
        if (host.SeedsImported) return;
        await EconomyStory.AppendAsync(host.Services.GetRequiredService<IDocumentStore>());
        host.SeedsImported = true;
    }

    public async Task DisposeAsync()
    {
        await page.CloseAsync();
        host.ForeignRequests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_standing_list_shows_each_light_in_words_changes_with_the_meeting_and_prints_without_the_site_frame()
    {
        await page.GotoAsync($"{host.BaseUrl}/organ/{Hsn}/uppfoljning?sammantrade=2023-10-24");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uppföljning av uppdrag");
        var open = page.GetByRole(AriaRole.Table, new() { Name = "Pågående uppdrag (2)" });
        await Expect(open.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(open.Locator("tr", new() { HasText = "personalresurser" })).ToContainTextAsync("Röd – försenat");
        await Expect(open.Locator("tr", new() { HasText = "fördjupning" })).ToContainTextAsync("Gul – förfaller snart");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Avslutade sedan förra sammanträdet (1)" })).ToContainTextAsync("Avslutat 2023-09-19");
        await Shot("uppfoljning-2023-10-24");

        await page.GetByLabel("Sammanträde", new() { Exact = true }).SelectOptionAsync("2023-06-13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Expect(page.Locator("p.lead")).ToContainTextAsync("sammanträdet 2023-06-13");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Avslutade sedan förra sammanträdet (2)" })).ToContainTextAsync("Avslutat 2023-05-16");
        await Shot("uppfoljning-2023-06-13");

        await page.GotoAsync($"{host.BaseUrl}/organ/{Hsn}/uppfoljning?sammantrade=2023-10-24");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.site")).ToBeHiddenAsync();
        await Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Expect(open.Locator("tr", new() { HasText = "personalresurser" })).ToContainTextAsync("Röd – försenat");
        await Shot("uppfoljning-2023-10-24-utskrift");
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "uppfoljning-2023-10-24.pdf"), PreferCSSPageSize = true });
        // A4 at 72 points to the inch is 595 × 842 points (Chromium writes 594.96 × 841.92); a US letter page is 612 × 792.
        System.Text.Encoding.Latin1.GetString(pdf).ShouldMatch(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]");
    }

    Task Shot(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, $"{name}.png"), FullPage = true });

    static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
