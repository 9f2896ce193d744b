using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Decisions.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Decisions.Tests.Accounts;

/// <summary>
/// An organisation's OpenID provider, started in this process on a loopback port: OpenIddict without a store
/// (degraded mode), one client, and a person who is signed in at the provider as soon as they arrive there.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "beslutsregistret";
    public const string ClientSecret = "klientens-hemlighet";
    public const string RedirectUri = "https://localhost/signin-oidc";

    WebApplication app = null!;
    public string Authority { get; private set; } = "";

    /// <summary>The groups the provider says the next person to sign in belongs to.</summary>
    public string[] Groups { get; set; } = [];

    public static async Task<OpenIdProvider> StartAsync()
    {
        var provider = new OpenIdProvider();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow();
            o.RegisterScopes(Scopes.Profile, Scopes.Email);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.EnableDegradedMode();
            o.UseAspNetCore().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "okänd klient");
                else if (context.RedirectUri != RedirectUri) context.Reject(Errors.InvalidRequest, "okänd redirect_uri");
                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret) context.Reject(Errors.InvalidClient, "fel klient eller hemlighet");
                return default;
            }));
            o.AddEventHandler<HandleAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                var identity = new ClaimsIdentity("provider", Claims.Name, Claims.Role);
                identity.AddClaim(new Claim(Claims.Subject, "olle-1234"));
                identity.AddClaim(new Claim(Claims.Name, "Olle Organisation"));
                identity.AddClaim(new Claim(Claims.Email, "olle@region.example"));
                // Entra ID and Keycloak send groups or app roles as "roles", the claim the register reads by default.
                foreach (var group in provider.Groups) identity.AddClaim(new Claim("roles", group));
                identity.SetScopes(context.Request.GetScopes());
                identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
                context.SignIn(new ClaimsPrincipal(identity));
                return default;
            }));
        });
        provider.app = builder.Build();
        provider.app.UseAuthentication();
        await provider.app.StartAsync();
        provider.Authority = provider.app.Urls.First().TrimEnd('/') + "/";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>The host configured, as an organisation would, to sign people in at the provider and take their role from its "roles" claim.</summary>
public sealed class OpenIdApp : DecisionsApp
{
    public OpenIdProvider Provider { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Provider = await OpenIdProvider.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", Provider.Authority);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", OpenIdProvider.ClientId);
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", OpenIdProvider.ClientSecret);
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Regionens konto");
        builder.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:OpenIdConnect:RoleMapping:beslut-registrerare", "registrator");
        builder.UseSetting("Authentication:OpenIdConnect:RoleMapping:beslut-admin", "admin");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public class OpenIdConnectTests(OpenIdApp app) : IClassFixture<OpenIdApp>
{
    /// <summary>The authorization-code flow as a browser follows it: to the provider, back with a code (form_post), signed in.</summary>
    async Task<HttpClient> SignInAtProvider(params string[] groups)
    {
        app.Provider.Groups = groups;
        var browser = app.CreateAnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        (await browser.GetStringAsync("/logga-in")).ShouldContain("Logga in med Regionens konto");

        var challenge = await browser.GetAsync("/logga-in/organisation?returnUrl=%2F");
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var authorize = challenge.Headers.Location!;
        authorize.ToString().ShouldStartWith(app.Provider.Authority + "connect/authorize");

        using var atProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await atProvider.GetAsync(authorize);
        var form = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, form);
        Regex.Match(form, "action=\"([^\"]+)\"").Groups[1].Value.ShouldBe(OpenIdProvider.RedirectUri);
        var fields = Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.ShouldContain(f => f.Key == "code");

        var back = await browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(fields));
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect, await back.Content.ReadAsStringAsync());
        back.Headers.Location!.ToString().ShouldBe("/");
        return browser;
    }

    [Fact]
    public async Task A_person_from_the_provider_is_signed_in_by_name_with_the_role_their_group_maps_to()
    {
        var browser = await SignInAtProvider("beslut-registrerare", "någon-annan-grupp");
        (await browser.GetStringAsync("/")).ShouldContain("Inloggad som <strong class=\"signed-in\">Olle Organisation</strong>");
        (await browser.GetAsync("/import")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/admin/anvandare")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_person_in_no_mapped_group_is_signed_in_as_a_reader()
    {
        var browser = await SignInAtProvider("någon-annan-grupp");
        (await browser.GetStringAsync("/")).ShouldContain("Olle Organisation");
        (await browser.GetAsync("/import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
