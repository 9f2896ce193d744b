using Decisions.Accounts;
using Decisions.Commands;
using Decisions.Health;
using Decisions.Web;
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
        builder.Services.AddSingleton<Import.Importer>();
        // An upload form is buffered before anything reads it: no larger than the largest document the importer takes.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Import.UploadLimits.MaxRequestBytes);
        builder.Services.AddSingleton<Import.UploadStore>();
        builder.Services.AddReactions();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddRequestChecks();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Enums travel by name ("Namnd", "Complete"), so the API reads like the domain and survives reordering.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            // A command missing a member, or with null where the domain allows none, is refused as a whole (400)
            // before it can reach a rule that would misread it.
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;
        });
        builder.AddAccounts();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ProjectionDaemonHealthCheck>("projections");
    }

    public static void MapDecisions(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseServerTiming();
        app.UseExceptionHandler();
        // Routing first, so that sign-in and the roles see which endpoint (and which policy) a request is for.
        app.UseRouting();
        app.UseAccounts();
        app.MapOpenApi();
        app.MapDecisionsHealth();
        // '?expectedVersion=abc' must be a 400, not a command run without the version check it asked for.
        app.MapWolverineEndpoints(opts => opts.RejectUnparseableQueryValues = true);
        app.MapAccounts();
        app.MapDecisionsWeb();
    }
}
