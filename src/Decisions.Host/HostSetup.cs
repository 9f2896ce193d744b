using System.Text.Json.Serialization;
using Decisions.Commands;
using Decisions.Health;
using JasperFx.Events.Daemon;
using JasperFx.Resources;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Decisions;

public static class HostSetup
{
    public static void AddDecisions(this WebApplicationBuilder builder)
    {
        // Only listing the commands comes here without a database, and it never opens a connection.
        var connectionString = builder.Configuration.GetConnectionString(Database.DatabaseLocation.ConnectionStringName) ?? "Host=127.0.0.1";

        builder.Services.AddMarten(opts => DecisionsStore.Configure(opts, connectionString))
            .UseLightweightSessions()
            .AddAsyncDaemon(DaemonMode.Solo)
            .IntegrateWithWolverine();
        builder.Services.AddResourceSetupOnStartup();

        builder.Host.UseWolverine(opts =>
        {
            opts.UseRuntimeCompilation();
            opts.Policies.AutoApplyTransactions();
        });
        builder.Services.AddWolverineHttp();
        builder.Services.AddSingleton<CommandRunner>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi();
        // Statuses and kinds read as words ("Closed", not 3) in the API, the OpenAPI document and the command line.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ProjectionDaemonHealthCheck>("projections");
    }

    public static void MapDecisions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.MapOpenApi();
        app.MapDecisionsHealth();
        app.MapWolverineEndpoints();
    }
}
