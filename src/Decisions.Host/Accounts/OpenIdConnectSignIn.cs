using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Decisions.Accounts;

/// <summary>
/// Authentication:OpenIdConnect: the organisation's own sign-in (Entra ID, Keycloak, …). Authority, ClientId and
/// ClientSecret name the client; RoleClaim is the claim that carries the person's groups or roles (default
/// "roles", in the ID token); RoleMapping maps each of its values that matters to one of ours (admin, registrator, läsare).
/// </summary>
public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string DisplayName { get; set; } = "organisationens konto";
    public string RoleClaim { get; set; } = "roles";
    public Dictionary<string, string> RoleMapping { get; set; } = [];
    public bool RequireHttpsMetadata { get; set; } = true;
    public string[] Scopes { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

public static class OpenIdConnectSignIn
{
    public const string Scheme = "oidc";

    /// <summary>Marks a person signed in by the provider: there is no local account to check their session against.</summary>
    public const string ProviderClaim = "decisions:provider";

    public static void AddOpenIdConnectFromSettings(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        authentication.Services.Configure<OpenIdConnectSettings>(section);
        var settings = section.Get<OpenIdConnectSettings>() ?? new();
        if (!settings.Enabled) return;

        authentication.AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ApplicationScheme;
            // The claims keep the names the provider gave them, so RoleClaim means what the provider's documentation says.
            o.MapInboundClaims = false;
            // Who the person is and their roles come in the ID token (Entra ID and Keycloak put them there).
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }.Concat(settings.Scopes)) o.Scope.Add(scope);
            o.Events.OnTokenValidated = context =>
            {
                context.Principal = Map(context.Principal!, settings);
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The principal the register keeps: who (sub, name, e-mail) and our roles, whatever else the provider sent.</summary>
    static ClaimsPrincipal Map(ClaimsPrincipal provider, OpenIdConnectSettings settings)
    {
        string? First(string type) => provider.FindFirst(type)?.Value;
        var subject = First("sub") ?? throw new InvalidOperationException("The OpenID provider sent no 'sub' claim.");
        var identity = new ClaimsIdentity(Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject));
        identity.AddClaim(new Claim(ClaimTypes.Name, First("email") ?? First("preferred_username") ?? subject));
        identity.AddClaim(new Claim(AccountPrincipals.DisplayNameClaim, First("name") ?? First("email") ?? First("preferred_username") ?? subject));
        identity.AddClaim(new Claim(ProviderClaim, settings.Authority!));
        foreach (var role in provider.FindAll(settings.RoleClaim).SelectMany(c => Ours(c.Value, settings)).Distinct())
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(identity);
    }

    static IEnumerable<string> Ours(string providerValue, OpenIdConnectSettings settings) =>
        settings.RoleMapping.TryGetValue(providerValue, out var ours) ? UserAccounts.ParseRole(ours) : [];
}
