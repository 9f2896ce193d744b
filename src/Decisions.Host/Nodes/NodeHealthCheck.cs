using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.Runtime;

namespace Decisions.Nodes;

/// <summary>
/// Which node this is and which of the shared work it runs now (the national feeds of each database, the recovery of
/// stored follow-ups, the leadership): what an operator or a test looks at to see the work spread and moved.
/// </summary>
public sealed class NodeHealthCheck(IWolverineRuntime runtime, IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var agents = runtime.Agents.AllRunningAgentUris().Select(u => u.ToString()).Order(StringComparer.Ordinal).ToArray();
        return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object>
        {
            ["nodes"] = NodeSettings.Many(configuration) ? "many" : "one",
            ["nodeNumber"] = runtime.Options.Durability.AssignedNodeNumber,
            ["agents"] = agents,
        }));
    }
}
