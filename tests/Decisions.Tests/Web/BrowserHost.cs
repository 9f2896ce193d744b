using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Decisions.Tests.Web;

/// <summary>
/// The real host on a loopback port over a fresh database, and one headless Chromium (the machine's own, kept off
/// the network) for a whole test class. Requests to anywhere but the host are refused and remembered, so a page
/// that needs the internet fails its test.
/// </summary>
public sealed class BrowserHost : DecisionsApp
{
    static readonly string[] Offline =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    IPlaywright? playwright;
    string profile = "";

    public string BaseUrl { get; private set; } = "";
    public IBrowserContext Browser { get; private set; } = null!;
    public List<string> ForeignRequests { get; } = [];
    public bool SeedsImported { get; set; }

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public override async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
        await CreateRegistratorAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        profile = Directory.CreateTempSubdirectory("decisions-chromium-").FullName;
        playwright = await Playwright.CreateAsync();
        // Playwright wants the profile folder as the persistent context's, not as a --user-data-dir argument.
        Browser = await playwright.Chromium.LaunchPersistentContextAsync(profile, new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Offline, Locale = "sv-SE",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        await Browser.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (ForeignRequests) ForeignRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        Directory.CreateDirectory(Screenshots);
        await SignInAsync(Registrator);
    }

    /// <summary>Signs the browser in through the sign-in page; the cookie then serves every page of the class.</summary>
    public async Task SignInAsync(TestAccount account)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/logga-in");
        await page.GetByLabel("E-post").FillAsync(account.Email);
        await page.GetByLabel("Lösenord").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".signed-in")).ToHaveTextAsync(account.Name);
        await page.CloseAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (profile != "") Directory.Delete(profile, recursive: true);
        await base.DisposeAsync();
    }
}
