using Decisions.Tests.Import;
using Microsoft.Playwright;

namespace Decisions.Tests.Web;

/// <summary>
/// A secretary imports the seeds through the import page, then a reader follows the "ekonomi i balans" thread: the
/// register finds § 28, its case shows the assignment as it stood on two days, and the overdue list changes with
/// its date. Each step leaves a screenshot in TestResults/screenshots.
/// </summary>
public class BrowserTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    IPage page = null!;

    public async Task InitializeAsync()
    {
        page = await host.Browser.NewPageAsync();
        await ImportSeedsOnce();
    }

    public async Task DisposeAsync()
    {
        await page.CloseAsync();
        host.ForeignRequests.ShouldBeEmpty();
    }

    /// <summary>
    /// The tests of a class share one register and run one after the other; whichever runs first imports the seeds,
    /// through the page, as a person would.
    /// </summary>
    async Task ImportSeedsOnce()
    {
        if (host.SeedsImported) return;
        await Import(Fixture.AuMinutes2023, "import-forhandsgranskning-000", async () =>
            await Paragraph("§ 28").GetByLabel("Ärende (Dnr)").FillAsync("HSN/570/2023"));
        await Import(Fixture.AuMinutes2024);
        await Import(Fixture.ReportBackReport);
        await Import(Fixture.BriefingMemo);
        await Import(Fixture.BoardAuExtract, "import-forhandsgranskning-003", async () =>
        {
            await page.GetByLabel("Organ").FillAsync("Regionstyrelsens arbetsutskott");
            await page.GetByLabel("Sammanträdesdatum").FillAsync("2024-02-13");
            await page.GetByLabel("Paragraf (§)").FillAsync("12");
        });
        host.SeedsImported = true;
    }

    async Task Import(string fixture, string? screenshot = null, Func<Task>? complete = null)
    {
        await Go("/import");
        await page.GetByLabel("Dokument").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", fixture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Granska {fixture}");
        if (complete is not null) await complete();
        if (screenshot is not null) await Shot(screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{fixture} är importerat");
    }

    [Fact]
    public async Task The_register_finds_paragraph_28_and_its_case_shows_the_assignment_given_then_overdue()
    {
        await Go("/beslut");
        await page.GetByLabel("Fritext").FillAsync("handlingsplaner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        var hit = page.Locator("ol.hits > li", new() { HasText = "2023-11-29 § 28" });
        await Expect(hit).ToHaveCountAsync(1);
        await Shot("beslutsregister-handlingsplaner");

        await hit.GetByRole(AriaRole.Link, new() { Name = "HSN/570/2023" }).ClickAsync();
        page.Url.ShouldEndWith("/arenden/HSN%2F570%2F2023");

        var assignment = page.GetByRole(AriaRole.Table, new() { Name = "Uppdrag", Exact = true }).Locator("tr", new() { HasText = "nästkommande sammanträde" });
        await ShowCaseOn("2023-12-01");
        await Expect(assignment).ToContainTextAsync("Givet");
        await Expect(assignment).Not.ToContainTextAsync("Försenat");
        await Shot("arende-2023-12-01");

        await ShowCaseOn("2024-05-01");
        await Expect(assignment).ToContainTextAsync("Försenat");
        await Shot("arende-2024-05-01");

        await assignment.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Uppdrag till");
        await Shot("uppdrag");
        await page.GetByRole(AriaRole.Link, new() { Name = "2023-11-29 § 28" }).First.ClickAsync();
        await Expect(page.Locator("#p28")).ToContainTextAsync("Handlingsplaner för ekonomi i balans");
        await Expect(page.GetByText("Överklagandetiden slutar")).ToBeVisibleAsync();
        await Shot("sammantrade-2023-11-29");
    }

    [Fact]
    public async Task The_overdue_list_changes_with_its_date_and_exports_the_same_date()
    {
        await Go("/forsenade?per=2024-01-31");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Försenade uppdrag per 2024-01-31");
        await Expect(page.Locator("h3", new() { HasText = "förvaltningen" })).ToHaveCountAsync(0);
        await Shot("forsenade-2024-01-31");

        await page.GetByLabel("Per", new() { Exact = true }).FillAsync("2024-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Försenade uppdrag per 2024-04-30");
        await Expect(page.Locator("h3", new() { HasText = "förvaltningen" })).ToHaveCountAsync(1);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Excel (XLSX)" }).GetAttributeAsync("href"))
            .ShouldBe("/api/reports/overdue?asOf=2024-04-30&format=xlsx");
        (await page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).GetAttributeAsync("href"))
            .ShouldBe("/api/reports/overdue?asOf=2024-04-30&format=csv");
        await Shot("forsenade-2024-04-30");
    }

    [Fact]
    public async Task The_first_key_press_reaches_the_skip_link_and_it_shows_where_the_focus_is()
    {
        await Go("/");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Expect(focused).ToHaveTextAsync("Hoppa till innehållet");
        (await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("solid");
        await Shot("start-fokus");
    }

    async Task ShowCaseOn(string date)
    {
        await page.GetByLabel("Läget per").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Läget per {date}");
    }

    ILocator Paragraph(string number) =>
        page.Locator("section.paragraph", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = number }) });

    Task Go(string path) => page.GotoAsync(host.BaseUrl + path);

    Task Shot(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, $"{name}.png"), FullPage = true });

    static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
