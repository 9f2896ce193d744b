using Decisions.Accounts;
using Decisions.Commands;
using Decisions.Health;
using Decisions.National;
using Decisions.Organisations;
using Decisions.Reminders;
using Decisions.Web;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using JasperFx.Resources;
using Marten;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;
using Weasel.Postgresql.Connections;

namespace Decisions;

public static class HostSetup
{
    public static void AddDecisions(this WebApplicationBuilder builder)
    {
        // Only listing the commands comes here without a database, and it never opens a connection.
        var connectionString = builder.Configuration.GetConnectionString(Database.DatabaseLocation.ConnectionStringName) ?? "Host=127.0.0.1";

        var manyNodes = Nodes.NodeSettings.Many(builder.Configuration);
        var marten = builder.Services.AddMarten(opts =>
            {
                DecisionsStore.Configure(opts, connectionString);
                // Every organisation's database is reached through data sources made here, also those whose connection
                // string the organisations' table kept from before.
                opts.DataSourceFactory(new DefaultNpgsqlDataSourceFactory(given => new Npgsql.NpgsqlDataSourceBuilder(Database.DatabaseLocation.Tuned(given))), connectionString);
                opts.UseDatabasePerOrganisation(connectionString);
            })
            // Lightweight sessions of the request's organisation.
            .BuildSessionsWith<Organisations.OrganisationSessions>();
        // One node runs the async work itself; several have Wolverine's leader spread it over them (Nodes/NodeSettings).
        if (!manyNodes) marten.AddAsyncDaemon(DaemonMode.Solo);
        // Events reach the handlers that follow them into other streams through the outbox, once their transaction commits.
        marten.IntegrateWithWolverine(w =>
        {
            w.UseFastEventForwarding = true;
            w.UseWolverineManagedEventSubscriptionDistribution = manyNodes;
        });
        builder.AddNational(marten, connectionString);
        builder.Services.AddResourceSetupOnStartup();

        builder.Host.UseWolverine(opts =>
        {
            opts.UseRuntimeCompilation();
            // A developer's host compiles its handlers from the code as it is now. Everywhere else the host loads the
            // handler code written beforehand (`codegen write`, in Internal/Generated), so no compiler runs on a first
            // command. A test holds the written code to what the handlers generate today.
            opts.CodeGeneration.TypeLoadMode = builder.Environment.IsDevelopment() ? TypeLoadMode.Dynamic : TypeLoadMode.Static;
            opts.Policies.AutoApplyTransactions();
            // Two follow-ups of one event (citations and due dates of a new assignment) are two handlers, each with its own
            // queue, retries and transaction: one that waits for a conflict does not hold up or repeat the other.
            opts.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
            // A follow-up is stored with the transaction that caused it and survives a crash; it runs again after a restart.
            opts.Policies.UseDurableLocalQueues();
            opts.Policies.AddMiddleware(typeof(RecordedByMiddleware));
            // Follow-ups of events committed at the same moment may meet on one stream: the later one decides again on
            // what the first wrote. A person's command with a stale version gets its 409 all the same.
            // A conflict is never a reason to give a follow-up up: it waits, stored, and is tried again until it goes through.
            opts.Policies.OnException(Conflicts.IsConflict, "a conflict another transaction caused")
                .RetryWithCooldown(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250))
                .Then.ScheduleRetryIndefinitely(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
            // One host (the default, and the private PostgreSQL of run.sh) takes over every stored follow-up at once on start;
            // several share them (Nodes/NodeSettings).
            Nodes.NodeSettings.Configure(opts.Durability, builder.Configuration);
        });
        builder.Services.AddWolverineHttp();
        builder.Services.AddSingleton<Import.Importer>();
        // An upload form is buffered before anything reads it: no larger than the largest document the importer takes.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = Import.UploadLimits.MaxRequestBytes);
        builder.Services.AddSingleton<Import.UploadStore>();
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
        builder.Services.AddOrganisations();
        builder.AddAccounts();
        builder.AddReminders();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ProjectionDaemonHealthCheck>("projections").AddCheck<Nodes.NodeHealthCheck>("node");
    }

    public static void MapDecisions(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseServerTiming();
        app.UseExceptionHandler();
        app.UseOrganisations();
        // Routing first, so that sign-in and the roles see which endpoint (and which policy) a request is for.
        app.UseRouting();
        app.UseAccounts();
        app.MapOpenApi();
        app.MapDecisionsHealth();
        // '?expectedVersion=abc' must be a 400, not a command run without the version check it asked for.
        app.MapWolverineEndpoints(opts =>
        {
            opts.RejectUnparseableQueryValues = true;
            opts.TenantId.DetectWith(new Organisations.OrganisationDetection());
        });
        app.MapAccounts();
        app.MapDecisionsWeb();
    }
}
