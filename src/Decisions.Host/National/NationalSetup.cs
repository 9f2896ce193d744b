using Decisions.Database;
using Marten;

namespace Decisions.National;

public static class NationalSetup
{
    /// <summary>
    /// The national model (<c>ConnectionStrings:National</c>, else the register's own database, schema <c>national</c>)
    /// and the two feeds that fill it from every organisation database.
    /// </summary>
    public static void AddNational(this WebApplicationBuilder builder, MartenServiceCollectionExtensions.MartenConfigurationExpression marten, string connectionString)
    {
        var national = builder.Configuration.GetConnectionString(NationalStore.ConnectionStringName) ?? connectionString;
        builder.Services.AddSingleton(_ => new NationalStore(national));
        marten.AddSubscriptionWithServices<NationalDecisionFeed>(ServiceLifetime.Singleton);
        marten.AddSubscriptionWithServices<NationalAssignmentFeed>(ServiceLifetime.Singleton);
    }
}
