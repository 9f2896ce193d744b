using Wolverine;

namespace Decisions.Nodes;

/// <summary>
/// How many host processes share one register: <c>Decisions:Nodes</c> is <c>one</c> (the default) or <c>many</c>.
/// One host takes over every stored follow-up at once when it starts, also those a host killed mid-stream left
/// behind, and runs the async work (the national feeds) itself. Several hosts elect a leader through PostgreSQL,
/// which spreads the async work and the stored follow-ups of each database over the running nodes and moves them
/// off a node that stops answering. It is a setting, not a guess from the connection string: a lone host in the
/// shared mode would wait for its own previous life to be declared dead before taking its follow-ups over, and two
/// hosts in the single mode would both run every feed.
/// </summary>
public static class NodeSettings
{
    public const string Setting = "Decisions:Nodes";

    /// <summary>How long a node may miss its heartbeat before the others take its work (seconds).</summary>
    public const string TimeoutSetting = "Decisions:NodeTimeoutSeconds";

    public static bool Many(IConfiguration configuration) => configuration[Setting]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "one" => false,
        "many" => true,
        var other => throw new InvalidOperationException($"{Setting} är '{other}': välj one (en värd, standard) eller many (flera värdar delar arbetet)."),
    };

    /// <summary>
    /// Wolverine's defaults (a heartbeat every 10 s, dead after a minute, assignments checked every 30 s) suit
    /// a large cluster; a register has two or three nodes and a failover time people notice. A node writes its
    /// heartbeat every timeout/4, so a busy machine's pause of a few seconds is not mistaken for a dead node.
    /// </summary>
    public static void Configure(DurabilitySettings durability, IConfiguration configuration)
    {
        if (!Many(configuration))
        {
            durability.Mode = DurabilityMode.Solo;
            return;
        }
        var timeout = TimeSpan.FromSeconds(configuration.GetValue(TimeoutSetting, 20));
        if (timeout < TimeSpan.FromSeconds(4))
            throw new InvalidOperationException($"{TimeoutSetting} måste vara minst 4 sekunder.");
        durability.Mode = DurabilityMode.Balanced;
        durability.HealthCheckPollingTime = timeout / 4;
        durability.StaleNodeTimeout = timeout;
        durability.CheckAssignmentPeriod = timeout / 4;
        durability.FirstHealthCheckExecution = TimeSpan.FromSeconds(1);
    }
}
