using Decisions.Tests.Import;
using Microsoft.Playwright;

namespace Decisions.Tests.Web;

/// <summary>
/// A registrator at the machine's Chromium, signed in through the sign-in page, works the "ekonomi i balans" minutes:
/// fixes the import preview (a due, a removed decision, a missed assignment), then takes every follow-up step from
/// the pages, and sees each on the case, assignment and overdue pages and in the history under their own name.
/// Each step leaves a screenshot in TestResults/screenshots.
/// </summary>
public class WorkbenchBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>, IAsyncLifetime
{
    IPage page = null!;

    public async Task InitializeAsync() => page = await host.Browser.NewPageAsync();

    public async Task DisposeAsync()
    {
        await page.CloseAsync();
        host.ForeignRequests.ShouldBeEmpty();
    }

    static readonly string Case = "/arenden/HSN%2F570%2F2023";

    [Fact]
    public async Task A_registrator_fixes_the_preview_and_takes_every_follow_up_step_from_the_pages()
    {
        var name = host.Registrator.Name;

        // The preview a person can fix.
        await Go("/import");
        await page.GetByLabel("Dokument").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", Fixture.AuMinutes2023));
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
        await Paragraph("§ 26").GetByLabel("Beslut, rad 1: ta bort").CheckAsync();
        await Paragraph("§ 28").GetByLabel("Ärende (Dnr)").FillAsync("HSN/570/2023");
        await Paragraph("§ 28").GetByLabel("Uppdrag, rad 1: Förfaller (datum)").FillAsync("2024-02-29");
        await Paragraph("§ 28").GetByLabel("Uppdrag, rad 1: Förfaller (som det står)").FillAsync("senast i februari 2024");
        await Paragraph("§ 29").GetByLabel("Ärende (Dnr)").FillAsync("HSN/570/2023");
        await Paragraph("§ 29").GetByLabel("Uppdrag, rad 1: Uppdragstagare").FillAsync("Regiondirektören");
        await Paragraph("§ 29").GetByLabel("Uppdrag, rad 1: Uppdrag", new() { Exact = true }).FillAsync("ta fram färdplaner för varje förvaltning");
        await Paragraph("§ 29").GetByLabel("Uppdrag, rad 1: Förfaller (datum)").FillAsync("2024-03-31");
        await Shot("arbetsbank-forhandsgranskning-rattad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera", Exact = true }).ClickAsync();
        await Expect(Heading()).ToHaveTextAsync($"{Fixture.AuMinutes2023} är importerat");

        // The case shows both assignments; the added one is overdue on 2024-04-05.
        await Go($"{Case}?per=2024-04-05");
        await Expect(AssignmentRow("ta fram färdplaner")).ToContainTextAsync("Försenat");
        await Go("/forsenade?per=2024-04-05");
        await Expect(page.GetByText("ta fram färdplaner för varje förvaltning")).ToBeVisibleAsync();
        await Shot("arbetsbank-forsenade-fore");

        // The AU's own assignment (§ 28): its due as the person fixed it, then report-back, new deadline, rättelse and closing.
        await Go($"{Case}?per=2024-01-10");
        await AssignmentRow("återkomma med en tydlig plan").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync($"senast i februari 2024 – 2024-02-29");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync($"ändrat av {name} före importen");
        var plan = new Uri(page.Url).PathAndQuery;

        await Open("aterrapportering");
        await Form("aterrapportering").GetByLabel("Slag av rapport").SelectOptionAsync("del");
        await Form("aterrapportering").GetByLabel("Vad rapporterades").FillAsync("Utkast till plan för handlingsplanerna");
        await Form("aterrapportering").GetByLabel("Skäl att uppdraget fortsätter").FillAsync("Planen ska förankras i nämnden");
        await Form("aterrapportering").GetByLabel("Lämnad vid: sammanträdesdatum").FillAsync("2024-01-16");
        await Submit("aterrapportering", "Återrapporteringen är registrerad.");
        await Expect(History("Delrapport: Utkast till plan")).ToContainTextAsync($"av {name}");
        await Shot("arbetsbank-aterrapportering");

        await Open("ny-tid");
        await Form("ny-tid").GetByLabel("Ny tid").FillAsync("2024-04-09");
        await Form("ny-tid").GetByLabel("Formulering", new() { Exact = true }).FillAsync("till sammanträdet den 9 april 2024");
        await Form("ny-tid").GetByLabel("Skäl").FillAsync("Utskottet förlänger tiden");
        await Submit("ny-tid", "Den nya tiden är registrerad.");
        await Expect(History("Tiden för uppdraget ändras")).ToContainTextAsync($"av {name}");

        await Open("rattelse");
        await Form("rattelse").GetByLabel("Uppdragstagare").FillAsync("Hälso- och sjukvårdsdirektören");
        await Form("rattelse").GetByLabel("Skäl").FillAsync("Protokollet angav fel mottagare");
        await Submit("rattelse", "Rättelsen är registrerad.");
        await Expect(Heading()).ToHaveTextAsync("Uppdrag till Hälso- och sjukvårdsdirektören");
        await Expect(History("Rättelse av uppdraget")).ToContainTextAsync($"av {name}");

        await Open("avslut");
        await Form("avslut").GetByLabel("Beslut som avslutar uppdraget: sammanträdesdatum").FillAsync("2023-11-29");
        await Form("avslut").GetByLabel("Beslut som avslutar uppdraget: §").FillAsync("29");
        await Submit("avslut", "Uppdraget är avslutat.");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Avslutat");
        await Expect(History("Uppdraget avslutas")).ToContainTextAsync($"av {name}");
        await Shot("arbetsbank-uppdrag-avslutat");

        // The meeting page: an assignment the parser missed, merged into the § 29 one; a rättelse of a decision and of the meeting.
        var meeting = "/sammantraden/halso-och-sjukvardsnamndens-arbetsutskott%2F2023-11-29";
        await Go(meeting);
        await Open("p27-uppdrag");
        await Form("p27-uppdrag").GetByLabel("Uppdragstagare").FillAsync("Regiondirektören");
        await Form("p27-uppdrag").GetByLabel("Uppdrag", new() { Exact = true }).FillAsync("redovisa kompetensförsörjningsplanen");
        await Form("p27-uppdrag").GetByLabel("Förfaller", new() { Exact = true }).FillAsync("2024-06-30");
        await Submit("p27-uppdrag", "Uppdraget är registrerat.");

        await Open("p27-beslut");
        await Form("p27-beslut").GetByLabel("Slag av beslut").SelectOptionAsync("Noted");
        await Form("p27-beslut").GetByLabel("Att-satser").FillAsync("Informationen noteras.");
        await Form("p27-beslut").GetByLabel("Skäl").FillAsync("Beslutet saknades i protokollet");
        await Submit("p27-beslut", "Rättelsen av beslutet är registrerad.");
        await Expect(page.Locator("#p27")).ToContainTextAsync("Informationen noteras.");

        await Open("rattelse");
        await Form("rattelse").GetByLabel("Plats").FillAsync("Konferensrum Eken");
        await Form("rattelse").GetByLabel("Skäl").FillAsync("Fel rum i protokollet");
        await Submit("rattelse", "Rättelsen av sammanträdet är registrerad.");
        await Expect(page.Locator("p.lead")).ToContainTextAsync("Konferensrum Eken");
        await Shot("arbetsbank-sammantrade");

        await Go("/uppdrag/halso-och-sjukvardsnamndens-arbetsutskott%2F2023-11-29%2F%C2%A727%2F1");
        await Open("sammanslagning");
        await Form("sammanslagning").GetByLabel("Uppdrag att slå samman med").FillAsync("halso-och-sjukvardsnamndens-arbetsutskott/2023-11-29/§29/1");
        await Form("sammanslagning").GetByLabel("Skäl").FillAsync("Planen ingår i färdplanerna");
        await Submit("sammanslagning", "Uppdraget är sammanslaget.");
        await Expect(History("Uppdraget hålls samman")).ToContainTextAsync($"av {name}");

        // The § 29 assignment is withdrawn: it leaves the overdue list of that day.
        await Go("/uppdrag/halso-och-sjukvardsnamndens-arbetsutskott%2F2023-11-29%2F%C2%A729%2F1");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync($"ändrat av {name} före importen");
        await Open("aterkallelse");
        await Form("aterkallelse").GetByLabel("Skäl").FillAsync("Färdplanerna tas fram i budgetarbetet");
        await Form("aterkallelse").GetByLabel("Återkallat den").FillAsync("2024-02-01");
        await Submit("aterkallelse", "Uppdraget är återkallat.");
        await Expect(History("Uppdraget återkallas")).ToContainTextAsync($"av {name}");
        await Go("/forsenade?per=2024-04-05");
        await Expect(page.GetByText("ta fram färdplaner för varje förvaltning")).ToHaveCountAsync(0);
        await Shot("arbetsbank-forsenade-efter");

        // The case's timeline names the person on every step.
        await Go(Case);
        await Expect(page.Locator("tr", new() { HasText = "Uppdraget avslutas" })).ToContainTextAsync($"av {name}");
        await Shot("arbetsbank-arende");

        // Sekretess is the administrator's: the registrator has no such form; the administrator marks the assignment.
        await Go(plan);
        await Expect(page.Locator("details#sekretess")).ToHaveCountAsync(0);
        await host.SignInAsync(await host.CreateAccountAsync("administratoren@exempel.se", "Ada Administratör", "admin"));
        await Go(plan);
        await Open("sekretess");
        await Form("sekretess").GetByLabel("Sekretessgrund").FillAsync("OSL 19 kap. 1 §");
        await Form("sekretess").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(Heading()).ToHaveTextAsync("Sekretessmarkerat");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "halso-och-sjukvardsnamndens-arbetsutskott/2023-11-29/§28/1" })).ToBeVisibleAsync();
        await Shot("arbetsbank-sekretess");
    }

    ILocator Heading() => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    ILocator Paragraph(string number) =>
        page.Locator("section.paragraph", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = number }) });

    ILocator AssignmentRow(string task) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Uppdrag", Exact = true }).Locator("tr", new() { HasText = task });

    ILocator Form(string id) => page.Locator($"details#{id}");

    ILocator History(string text) => page.Locator("tr", new() { HasText = text });

    Task Open(string id) => Form(id).Locator("summary").ClickAsync();

    async Task Submit(string id, string confirmation)
    {
        await Form(id).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync(confirmation);
    }

    Task Go(string path) => page.GotoAsync(host.BaseUrl + path);

    Task Shot(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, $"{name}.png"), FullPage = true });

    static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
