namespace Decisions.Database;

/// <summary>
/// The one place that decides where PostgreSQL comes from: a given connection string, else a private server
/// from the machine's binaries, else a clear refusal. The tests use the same pieces.
/// </summary>
public static class DatabaseLocation
{
    public const string ConnectionStringName = "Decisions";
    public const string ConnectionEnvironmentVariable = "DECISIONS_CONNECTION";

    public static string? GivenConnectionString(IConfiguration configuration) =>
        NonEmpty(configuration.GetConnectionString(ConnectionStringName))
        ?? NonEmpty(Environment.GetEnvironmentVariable(ConnectionEnvironmentVariable));

    /// <summary>Where a private server keeps its data: per user, and reachable by the server user when we are root.</summary>
    public static string DefaultDataRoot(IConfiguration configuration) =>
        NonEmpty(configuration["Decisions:DataDirectory"])
        ?? (Environment.UserName == "root"
            ? "/var/lib/decisions/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "decisions", "postgres"));

    public static PostgresBinaries FindBinaries(IConfiguration configuration)
    {
        var roots = NonEmpty(configuration["Decisions:PostgresInstallRoots"])?.Split(Path.PathSeparator) ?? PostgresBinaries.DefaultRoots;
        return PostgresBinaries.Find(Environment.GetEnvironmentVariable("PATH"), roots)
               ?? throw new PostgresNotAvailable($"ingen anslutningssträng angavs, och PostgreSQL:s serverprogram (pg_ctl, initdb, postgres) finns varken i PATH eller i {string.Join(", ", roots)}.");
    }

    /// <summary>The connection string to use, and the private server to stop afterwards when one was started.</summary>
    public static async Task<(string ConnectionString, PrivatePostgres? Server)> ResolveAsync(IConfiguration configuration, CancellationToken ct = default)
    {
        if (GivenConnectionString(configuration) is { } given) return (given, null);
        var server = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(FindBinaries(configuration), DefaultDataRoot(configuration)), ct);
        return (server.ConnectionString, server);
    }

    /// <summary>
    /// How the register's connections are made, whatever organisation's database they reach: Npgsql prepares the statements
    /// a connection runs again and again (a command is a handful of the same shapes), so PostgreSQL neither parses nor
    /// plans them each time; and a connection with prepared statements goes back to the pool without DISCARD ALL, which
    /// would also throw away the plans of the event store's append function on every checkout (docs/BENCHMARKS.md). A
    /// connection string that sets the number itself keeps it.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
