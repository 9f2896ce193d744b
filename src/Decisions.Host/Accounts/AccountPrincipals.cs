using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decisions.Accounts;

/// <summary>
/// What a signed-in principal says about the person: their id, e-mail, display name, the organisations they belong to,
/// and their roles in the organisation of the request that signs them in (a cookie is its host name's, a token is read
/// again per request), which the principal names so that it is never taken for roles in another.
/// </summary>
public sealed class AccountPrincipals(UserManager<User> users, IOptions<IdentityOptions> options, Organisations.CurrentOrganisation current)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    /// <summary>The name histories show; the same claim an OpenID provider sends.</summary>
    public const string DisplayNameClaim = "name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        foreach (var role in user.RolesFor(current.Id)) identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        identity.AddClaim(new Claim(Organisations.Membership.RolesForClaim, current.Id));
        foreach (var organisation in user.Organisations) identity.AddClaim(new Claim(Organisations.Membership.Claim, organisation));
        return identity;
    }
}

public static class PrincipalExtensions
{
    /// <summary>The signed-in person's display name (what events record as who recorded them), or null for an anonymous reader.</summary>
    public static string? DisplayName(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated != true ? null
        : principal.FindFirst(AccountPrincipals.DisplayNameClaim)?.Value is { Length: > 0 } name ? name
        : principal.Identity.Name;
}
