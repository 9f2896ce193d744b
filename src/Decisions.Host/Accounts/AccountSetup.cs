using Decisions.Import;
using Decisions.Organisations;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Decisions.Accounts;

/// <summary>
/// Sign-in and roles: local accounts (Identity over <see cref="UserStore"/>) with a cookie for the web, personal
/// access tokens for the API, OpenID Connect when the organisation configures it; and one rule for everything
/// that has no policy of its own: reading is open (unless Decisions:AnonymousRead is false), writing needs a
/// registrator.
/// </summary>
public static class AccountSetup
{
    const string ChooseScheme = "Decisions";
    public const string Schema = "accounts";

    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = builder.Configuration;
        // Accounts, tokens and the log of confidential views are not read models: they live in a schema of their own,
        // which rebuilding the projections never touches.
        services.ConfigureMarten(opts =>
        {
            opts.Schema.For<User>().DatabaseSchemaName(Schema).UniqueIndex(u => u.NormalizedEmail);
            opts.Schema.For<AccessToken>().DatabaseSchemaName(Schema).Index(t => t.UserId);
            opts.Schema.For<ConfidentialView>().DatabaseSchemaName(Schema).Index(v => v.At);
        });

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, which may hold å, ä and ö; its form is checked as an address.
                o.User.AllowedUserNameCharacters = "";
                // Length, not composition, makes a password hard to guess (NIST SP 800-63B): ten characters of any kind.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = settings.GetValue("Authentication:MaxFailedSignIns", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.GetValue("Authentication:LockoutMinutes", 15));
            })
            .AddUserStore<UserStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountPrincipals>()
            .AddErrorDescriber<SwedishIdentityErrors>();
        services.AddScoped<UserAccounts>();
        // A removed account, a new password or a changed role ends the person's other sessions within five minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        var authentication = services.AddAuthentication(ChooseScheme)
            // A request that carries a token is the token's; anything else is the browser's cookie.
            .AddPolicyScheme(ChooseScheme, null, o => o.ForwardDefaultSelector = http =>
                AccessTokenHandler.Carries(http.Request) ? AccessTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        authentication.AddIdentityCookies();
        authentication.AddOpenIdConnectFromSettings(settings);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "decisions-inloggning";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS, also through a proxy that says so (forwarded headers).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = SignInPage.Path;
            o.LogoutPath = SignInPage.SignOutPath;
            o.Events.OnRedirectToLogin = context => Answers.IsApi(context.Request)
                ? Answers.Problem(context.HttpContext, StatusCodes.Status401Unauthorized)
                : Redirect(context);
            o.Events.OnRedirectToAccessDenied = context => Answers.Problem(context.HttpContext, StatusCodes.Status403Forbidden);
            // A local account is checked against its security stamp (a changed password or role ends old sessions);
            // a person signed in by the organisation's provider has no local account to check.
            o.Events.OnValidatePrincipal = context => context.Principal?.HasClaim(c => c.Type == OpenIdConnectSignIn.ProviderClaim) == true
                ? Task.CompletedTask
                : SecurityStampValidator.ValidatePrincipalAsync(context);
        });

        var anonymousRead = settings.GetValue("Decisions:AnonymousRead", true);
        var registratorsSeeConfidential = settings.GetValue("Decisions:RegistratorsSeeConfidential", false);
        services.AddSingleton<IAuthorizationHandler, ReadOrRecordHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Record, p => p.RequireRole(Roles.Registrator, Roles.Administrator))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.SeeConfidential, p => p.RequireAssertion(c =>
                c.User.IsInRole(Roles.Administrator) || (registratorsSeeConfidential && c.User.IsInRole(Roles.Registrator))))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ReadOrRecord(anonymousRead)).Build());

        services.AddHostedService<FirstAdministratorHint>();
        builder.AddProtections();
    }

    static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static void UseAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseOrganisationMembership();
        app.UseAuthorization();
        app.UseUploadLimits();
        app.UseAntiforgeryOnWrites();
    }

    public static void MapAccounts(this WebApplication app)
    {
        SignInPage.Map(app);
        AdministrationPages.Map(app);
        ConfidentialItems.Map(app);
        OrganisationsPage.Map(app);
    }
}

/// <summary>The rule for every endpoint without a policy of its own: read (GET) as the organisation allows, write as a registrator.</summary>
public sealed record ReadOrRecord(bool AnonymousRead) : IAuthorizationRequirement;

public sealed class ReadOrRecordHandler : AuthorizationHandler<ReadOrRecord>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadOrRecord requirement)
    {
        var http = context.Resource as HttpContext;
        var reads = http is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        // A person of another organisation reads here as the public does (Membership.Outsider).
        var signedIn = authenticated && !Membership.IsOutsider(context.User);
        // A token that was refused (unknown, revoked, locked account) is a 401 even where anonymous reading is open,
        // so an integration learns at once that its token no longer works instead of quietly reading less.
        var refusedToken = http is not null && !authenticated && AccessTokenHandler.Carries(http.Request);
        if (reads ? (requirement.AnonymousRead && !refusedToken) || signedIn : context.User.IsInRole(Roles.Registrator) || context.User.IsInRole(Roles.Administrator))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A register nobody can sign in to says, once it has started, how to make its first administrator. The look-up runs
/// beside the start, not before it: nothing waits for a hint (it cost a cold start about 0.6 s; docs/BENCHMARKS.md).
/// </summary>
public sealed class FirstAdministratorHint(IDocumentStore store, ILogger<FirstAdministratorHint> log) : IHostedService
{
    Task? looking;

    public Task StartAsync(CancellationToken ct)
    {
        looking = Task.Run(LookAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    async Task LookAsync()
    {
        try
        {
            await using var session = store.QuerySession();
            if (!await session.Query<User>().AnyAsync())
                log.LogWarning("Registret har inga användare ännu. Skapa den första administratören: " +
                               "./run.sh users add <e-post> --name \"För- och efternamn\" --role admin (lösenordet skrivs ut, eller läses från --password-file <fil>)");
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Kunde inte se efter om registret har några användare.");
        }
    }

    public Task StopAsync(CancellationToken ct) => looking ?? Task.CompletedTask;
}
