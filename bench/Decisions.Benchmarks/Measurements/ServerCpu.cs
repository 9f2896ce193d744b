using System.Globalization;
using Npgsql;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// The processor time PostgreSQL's backends have spent for one client program so far: its connections are found by
/// their application name and their processes' times read from /proc. Per command it says what a write costs the
/// database whatever else the machine is doing, which a rate on shared cores cannot. The server's own helpers
/// (autovacuum, the WAL writer, the checkpointer) are left out, for every program alike; so is a backend that ends
/// during a measurement (the pools keep theirs open). Null when the server is not on this machine.
/// </summary>
public sealed class ServerCpu(string connectionString)
{
    /// <summary>Linux's USER_HZ, the unit of /proc/*/stat's times, is 100 on every kernel configuration in use.</summary>
    const double TicksPerSecond = 100;

    public static ServerCpu? For(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Host is "127.0.0.1" or "localhost" or "::1" && Directory.Exists("/proc/self")
            ? new ServerCpu(connectionString)
            : null;

    /// <param name="withUnnamed">
    /// Also the connections to this database that no benchmark process named. The host's are among them: it reaches an
    /// organisation's database by the connection string the organisations' table keeps, which the first program to set
    /// up the database wrote (often the benchmark itself, unnamed). The benchmark's own unnamed connections are idle
    /// while a level is measured.
    /// </param>
    public async Task<TimeSpan> UsedAsync(string applicationName, bool withUnnamed, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var backends = new NpgsqlCommand(
            "select pid from pg_stat_activity where application_name = $1 or ($2 and datname = current_database() and backend_type = 'client backend' " +
            "and pid <> pg_backend_pid() and application_name not like 'bench-%')", connection)
            { Parameters = { new() { Value = applicationName }, new() { Value = withUnnamed } } };
        var ticks = 0L;
        await using var reader = await backends.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ticks += Ticks(reader.GetInt32(0));
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Fields 14 and 15 (user and system time) of /proc/pid/stat, counted after the command name, which may hold spaces.</summary>
    static long Ticks(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return 0; // ended since pg_stat_activity listed it
        }
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
