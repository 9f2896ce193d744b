using System.Security.Claims;
using Marten;
using Wolverine.Http.Runtime.MultiTenancy;

namespace Decisions.Organisations;

/// <summary>The organisation a request is for, chosen once by its host name before anything else reads it.</summary>
public sealed record OrganisationFeature(Organisation Organisation);

/// <summary>
/// Where the current organisation comes from: the request's host name; outside a request (the command line, a
/// background job) the setting Decisions:Organisation, else the default organisation.
/// </summary>
public sealed class CurrentOrganisation(IHttpContextAccessor http, IConfiguration settings)
{
    public const string Setting = "Decisions:Organisation";

    public const string EnvironmentVariable = "Decisions__Organisation";

    public string Id => http.HttpContext is { } context ? Of(context) : settings[Setting] is { Length: > 0 } id ? OrganisationIds.Tenant(id, settings) : OrganisationIds.Default;

    /// <summary>
    /// The id outside a request, refused in Swedish (naming the setting and the organisations there are) when no
    /// organisation has it, before any session is opened with it: Marten would refuse it in English, or not at all.
    /// </summary>
    public async Task<string> CheckedAsync(OrganisationDirectory directory) =>
        http.HttpContext is not null || settings[Setting] is not { Length: > 0 } given
            ? Id
            : (await directory.KnownAsync([given], EnvironmentVariable))[0];

    public static string Of(HttpContext http) =>
        http.Features.Get<OrganisationFeature>()?.Organisation.Id ?? OrganisationIds.Default;
}

/// <summary>
/// The sessions that pages and services get from the container are the current organisation's, so a minimal-API page
/// reads the same database as the Wolverine endpoint beside it (whose sessions Wolverine opens for the tenant it detects).
/// </summary>
public sealed class OrganisationSessions(IDocumentStore store, CurrentOrganisation current) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(current.Id);
    public IDocumentSession OpenSession() => store.LightweightSession(current.Id);
}

/// <summary>Wolverine's endpoints take the tenant the request was given, so their sessions and the commands they send are that organisation's.</summary>
public sealed class OrganisationDetection : ITenantDetection
{
    public ValueTask<string?> DetectTenant(HttpContext context) => ValueTask.FromResult<string?>(CurrentOrganisation.Of(context));

    public override string ToString() => "the organisation of the request's host name";
}

/// <summary>
/// Which organisations a signed-in person belongs to: an account's are claims of its principal; a principal without
/// any (an account made before there were several, a person signed in by the organisation's provider) belongs to the
/// default organisation alone.
/// </summary>
public static class Membership
{
    public const string Claim = "organisation";

    /// <summary>Marks a person signed in elsewhere: they read here as the public does and may write nothing.</summary>
    public const string OutsiderClaim = "decisions:outsider";

    /// <summary>The organisation whose roles an account's principal carries; a provider's sign-in names none (the default's).</summary>
    public const string RolesForClaim = "decisions:roles-for";

    /// <summary>A member whose principal carries their roles in this organisation, not in another.</summary>
    public static bool BelongsTo(ClaimsPrincipal user, string organisation)
    {
        if (user.FindFirst(RolesForClaim)?.Value is { } rolesFor && rolesFor != organisation) return false;
        var claims = user.FindAll(Claim).Select(c => c.Value).ToList();
        return claims.Count == 0 ? organisation == OrganisationIds.Default : claims.Contains(organisation);
    }

    public static bool IsOutsider(ClaimsPrincipal user) => user.HasClaim(c => c.Type == OutsiderClaim);

    /// <summary>
    /// A person who does not belong to the request's organisation keeps their name (so a 403 is answered, not a sign-in
    /// page) but none of their roles there: no write, no confidential item, and reading only as the public may.
    /// </summary>
    public static ClaimsPrincipal Outsider(ClaimsPrincipal user) =>
        new(new ClaimsIdentity(
            [new Claim(OutsiderClaim, "true"), .. user.FindAll(Accounts.AccountPrincipals.DisplayNameClaim), .. user.FindAll(ClaimTypes.Name)],
            user.Identity?.AuthenticationType ?? "outsider"));
}
