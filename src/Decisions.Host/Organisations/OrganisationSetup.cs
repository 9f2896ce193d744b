using Marten;
using Marten.Storage;

namespace Decisions.Organisations;

/// <summary>
/// A database per organisation (Marten's tenancy with a master table of tenant databases). The master database is the
/// one the register is given (or the private PostgreSQL's); it holds the table of organisations' databases, the
/// accounts, and the default organisation's register, exactly where a register with one organisation always had it.
/// </summary>
public static class OrganisationSetup
{
    /// <summary>The schema of Marten's table of tenant databases and of the organisations' documents, in the master database.</summary>
    public const string Schema = "organisations";

    public static void UseDatabasePerOrganisation(this StoreOptions opts, string masterConnectionString)
    {
        var tenancy = new MasterTableTenancyOptions { ConnectionString = masterConnectionString, SchemaName = Schema };
        tenancy.RegisterDatabase(OrganisationIds.Default, masterConnectionString);
        opts.Tenancy = new OrganisationTenancy(opts, tenancy);
        opts.Advanced.DefaultTenantUsageEnabled = true;
        opts.Schema.For<Organisation>().DatabaseSchemaName(Schema);
    }

    public static void AddOrganisations(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<CurrentOrganisation>();
        services.AddSingleton<OrganisationDirectory>();
    }

    /// <summary>Chooses the request's organisation by its host name, before sign-in and routing read anything.</summary>
    public static void UseOrganisations(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            var directory = http.RequestServices.GetRequiredService<OrganisationDirectory>();
            http.Features.Set(new OrganisationFeature(await directory.ForHostAsync(http.Request.Host.Host, http.RequestAborted)));
            await next();
        });

    /// <summary>After sign-in: a person signed in who does not belong to the request's organisation is an outsider there.</summary>
    public static void UseOrganisationMembership(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true && !Membership.BelongsTo(http.User, CurrentOrganisation.Of(http)))
                http.User = Membership.Outsider(http.User);
            await next();
        });
}

/// <summary>
/// Marten's master-table tenancy, except that naming no tenant means the default organisation (see
/// <see cref="OrganisationIds.Default"/>) where Marten's own refuses: re-implementing ITenancy replaces that one member
/// and keeps the rest, and Wolverine still sees the master-table tenancy it knows.
/// </summary>
public sealed class OrganisationTenancy(StoreOptions options, MasterTableTenancyOptions tenancy) : MasterTableTenancy(options, tenancy), ITenancy
{
    Tenant ITenancy.Default => GetTenant(OrganisationIds.Default);
}
