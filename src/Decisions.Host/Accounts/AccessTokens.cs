using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decisions.Accounts;

/// <summary>
/// A personal access token an administrator made for a person or an integration. Only its SHA-256 is kept (the
/// document's id): the token is 32 random bytes, so a fast hash is as good as a slow one, and a stolen table
/// gives no token back.
/// </summary>
public sealed record AccessToken(string Id, string UserId, string Name, DateTimeOffset CreatedAt, string CreatedBy)
{
    const string Prefix = "dec_";

    public static (string Token, string Hash) New()
    {
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// "Authorization: Bearer dec_…": the token's account signs in for this one request, with the roles it has now,
/// unless it is locked out. A missing or unknown token is a 401 problem in Swedish.
/// </summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDocumentStore store, UserManager<User> users, IUserClaimsPrincipalFactory<User> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    const string AccountOfToken = $"where d.id = (select t.data ->> 'UserId' from {AccountSetup.Schema}.mt_doc_accesstoken as t where t.id = ?)";

    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Carries(Request)) return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.First()!["Bearer ".Length..].Trim();
        await using var session = store.QuerySession();
        // The token's account in one statement: every API request pays for it. (Marten's Include would fill a temporary
        // table first, which cost PostgreSQL more than the rest of a command; docs/BENCHMARKS.md.)
        var accounts = await session.QueryAsync<User>(AccountOfToken, Context.RequestAborted, AccessToken.Hash(token));
        if (accounts is not [var user]) return AuthenticateResult.Fail("Okänd eller återkallad token.");
        if (await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("Kontot är spärrat.");
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Answers.Problem(Context, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Answers.Problem(Context, StatusCodes.Status403Forbidden);
}
