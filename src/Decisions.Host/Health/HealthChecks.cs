using System.Text.Json;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Decisions.Health;

public sealed class DatabaseHealthCheck(IDocumentStore store, Organisations.CurrentOrganisation organisation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var statistics = await store.Advanced.FetchEventStoreStatistics(organisation.Id, ct);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                ["events"] = statistics.EventCount, ["streams"] = statistics.StreamCount,
            });
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer", e);
        }
    }
}

public sealed class ProjectionDaemonHealthCheck(IServiceProvider services, Organisations.CurrentOrganisation organisation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        // With several nodes Wolverine runs the async work as agents spread over them; the "node" check lists this node's.
        if (services.GetService<IProjectionCoordinator>() is not { } coordinator)
            return HealthCheckResult.Healthy("run by the nodes' agents");
        // The organisation's own database: each has a daemon of its own.
        var daemon = await coordinator.DaemonForDatabase(organisation.Id);
        var data = new Dictionary<string, object>
        {
            ["running"] = daemon.IsRunning,
            ["highWaterMark"] = daemon.Tracker.HighWaterMark,
            ["highWaterStale"] = daemon.IsHighWaterStale,
        };
        return daemon.IsHighWaterStale
            ? HealthCheckResult.Degraded("the projection daemon has not polled for new events lately", data: data)
            : HealthCheckResult.Healthy(data: data);
    }
}

public static class HealthEndpoint
{
    public static void MapDecisionsHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(http.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new
                    {
                        status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data,
                    }),
                });
            },
        // Probes and load balancers ask without signing in, also where reading the register needs it.
        }).WithTags("Health").AllowAnonymous();
}
