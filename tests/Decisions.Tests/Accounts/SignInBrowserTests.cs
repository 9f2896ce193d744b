using Decisions.Tests.Web;
using Microsoft.Playwright;

namespace Decisions.Tests.Accounts;

/// <summary>Signing out and in with the machine's Chromium: the header names who is signed in, and no page breaks the content security policy.</summary>
public class SignInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Fact]
    public async Task A_person_signs_out_and_in_again_and_sees_their_name_in_the_header()
    {
        var page = await host.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };
        var admin = await host.CreateAccountAsync("ada@exempel.se", "Ada Administratör", "admin");

        await page.GotoAsync($"{host.BaseUrl}/forsenade");
        await Expect(page.Locator(".signed-in")).ToHaveTextAsync(host.Registrator.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Logga in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");

        await page.GetByLabel("E-post").FillAsync(admin.Email);
        await page.GetByLabel("Lösenord").FillAsync("inte rätt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel e-post eller lösenord.");

        await page.GetByLabel("Lösenord").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await Expect(page.Locator(".signed-in")).ToHaveTextAsync("Ada Administratör");
        page.Url.ShouldBe($"{host.BaseUrl}/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, "inloggad-administrator.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Användare");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(host.Registrator.Name);

        violations.ShouldBeEmpty();
        await page.CloseAsync();
        host.ForeignRequests.ShouldBeEmpty();
    }
}
