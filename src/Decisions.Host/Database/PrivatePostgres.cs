using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Decisions.Database;

/// <param name="DataRoot">Holds the cluster (pgdata/) and its password; kept between runs unless <paramref name="Throwaway"/>.</param>
/// <param name="Throwaway">A test cluster: no fsync, and the whole folder goes when it stops.</param>
public sealed record PrivatePostgresOptions(PostgresBinaries Binaries, string DataRoot, string Database = "decisions", bool Throwaway = false);

/// <summary>
/// A PostgreSQL server of our own, started from the machine's binaries on a free loopback port. The server
/// refuses to run as root, so a root process runs it as the 'postgres' user, whose data must then live
/// where that user can reach (not under /root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    const string SuperUser = "decisions";

    /// <summary>
    /// The role the host connects as: it owns the register's schema and nothing else, and is no superuser, so a flaw in
    /// the application cannot read files, run programs or reach other databases through PostgreSQL.
    /// </summary>
    public const string ApplicationRole = "decisions_app";

    /// <summary>The register's schema (DecisionsStore.Schema); the national model's is made for the role too (NationalStore.Schema).</summary>
    const string Schema = DecisionsStore.Schema;
    readonly PrivatePostgresOptions options;
    /// <summary>Tags this process's connections, so that on stopping it can tell whether another process still uses the server.</summary>
    static readonly string ApplicationName = $"decisions-{Environment.ProcessId}";

    PrivatePostgres(PrivatePostgresOptions options, string connectionString, string adminConnectionString)
    {
        this.options = options;
        ConnectionString = connectionString;
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>As <see cref="ApplicationRole"/>, to the register's database.</summary>
    public string ConnectionString { get; }

    /// <summary>As the superuser: for creating databases (tests, benchmarks) and for stopping the server.</summary>
    public string AdminConnectionString { get; }
    string ClusterDirectory => Path.Combine(options.DataRoot, "pgdata");
    static string? ServerUser => Environment.UserName == "root" ? "postgres" : null;

    public static async Task<PrivatePostgres> StartAsync(PrivatePostgresOptions options, CancellationToken ct = default)
    {
        var cluster = Path.Combine(options.DataRoot, "pgdata");
        var passwordFile = Path.Combine(options.DataRoot, "password");
        if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
            await InitialiseAsync(options, cluster, passwordFile, ct);

        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        var port = RunningServerPort(cluster);
        if (port is null)
        {
            port = FreeLoopbackPort();
            // A throwaway server serves a test suite or a benchmark: many hosts at once, each with its pools for every
            // organisation database and its durability agents, which PostgreSQL's default of 100 connections did not always hold.
            var settings = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' {MemorySettings()}"
                           + (options.Throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" : "");
            await RunAsync(options.Binaries.Tool("pg_ctl"),
                ["start", "-w", "-t", "60", "-D", cluster, "-l", Path.Combine(cluster, "server.log"), "-o", settings], ct,
                failureDetail: () => Tail(Path.Combine(cluster, "server.log")));
        }

        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port.Value, Username = SuperUser, Password = password, Database = "postgres", ApplicationName = ApplicationName,
        };
        await EnsureDatabaseAsync(server.ConnectionString, options.Database, ct);
        server.Database = options.Database;
        await EnsureApplicationRoleAsync(server.ConnectionString, options.Database, password, ct);
        if (options.Throwaway) WatchOver(options.DataRoot);
        var application = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = ApplicationRole };
        return new PrivatePostgres(options, application.ConnectionString, server.ConnectionString);
    }

    static async Task InitialiseAsync(PrivatePostgresOptions options, string cluster, string passwordFile, CancellationToken ct)
    {
        Directory.CreateDirectory(cluster);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await WritePrivately(passwordFile, password, ct);

        // initdb reads the password from a file the server user can open; it must not sit in the empty cluster folder.
        var initdbPassword = Path.Combine(Path.GetTempPath(), $"decisions-initdb-{Guid.NewGuid():N}");
        await WritePrivately(initdbPassword, password, ct);
        try
        {
            if (ServerUser is { } user)
            {
                await RunAsync("chown", [user, initdbPassword], ct, asUser: null);
                await RunAsync("chown", ["-R", user, cluster], ct, asUser: null);
            }
            await RunAsync(options.Binaries.Tool("initdb"),
                ["-D", cluster, "-U", SuperUser, "--pwfile", initdbPassword, "-E", "UTF8", "--locale=C.UTF-8",
                 "--auth-host=scram-sha-256", "--auth-local=peer"], ct);
        }
        finally
        {
            File.Delete(initdbPassword);
        }
    }

    /// <summary>
    /// PostgreSQL's defaults (128 MB of buffers, 4 MB per sort) suit a machine from long ago: at a million events the
    /// overdue report read most of its pages from the operating system on every request (measured: 410 ms against
    /// 130 ms with the cache sized like this). A quarter of the memory, at most 2 GB, is the usual advice.
    /// </summary>
    static string MemorySettings()
    {
        var megabytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);
        return $"-c shared_buffers={Math.Clamp(megabytes / 4, 128, 2048)}MB -c work_mem=16MB";
    }

    /// <summary>The file is created readable by its owner alone, so the password is never readable by others, even briefly.</summary>
    static async Task WritePrivately(string path, string text, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new StreamWriter(path, options);
        await file.WriteAsync(text.AsMemory(), ct);
    }

    /// <summary>A server already running on this cluster (another host, or one left by a crash) is shared, not started twice.</summary>
    static int? RunningServerPort(string cluster)
    {
        var pidFile = Path.Combine(cluster, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : port;
        }
        catch (ArgumentException)
        {
            return null; // stale pid file: postgres removes it itself on start
        }
    }

    /// <summary>
    /// A test runner may kill its process before any cleanup code finishes, so a throwaway server is watched by
    /// a process of its own that stops it and removes its folder once this process is gone, however it ended.
    /// </summary>
    static void WatchOver(string dataRoot)
    {
        const string script = """
            while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
            pid=$(head -n 1 "$2/pgdata/postmaster.pid" 2>/dev/null)
            if [ -n "$pid" ]; then kill -QUIT "$pid" 2>/dev/null; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; fi
            rm -rf "$2"
            """;
        var watcher = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = false };
        foreach (var a in (string[])["sh", "-c", script, "watcher", Environment.ProcessId.ToString(), dataRoot]) watcher.ArgumentList.Add(a);
        Process.Start(watcher)?.Dispose();
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task EnsureDatabaseAsync(string serverConnection, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Creates the application role and hands it the register's schemas, on every start: a server initialised before the
    /// role existed has the schema and its tables owned by the superuser, and they change owner here once. The role may
    /// create databases, since `tenants add` makes each new organisation's database on this server; it owns those alone.
    /// </summary>
    static async Task EnsureApplicationRoleAsync(string databaseConnection, string database, string password, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(databaseConnection);
        await connection.OpenAsync(ct);
        var (role, schema) = (Quoted(ApplicationRole), Quoted(Schema));
        await using var setup = new NpgsqlCommand($$"""
            do $$ begin
              if not exists (select from pg_roles where rolname = '{{ApplicationRole}}') then
                create role {{role}} login nosuperuser nocreatedb nocreaterole noreplication;
              end if;
            end $$;
            alter role {{role}} password '{{password.Replace("'", "''")}}';
            alter role {{role}} set search_path = {{schema}};
            grant connect, temporary on database {{Quoted(database)}} to {{role}};
            create schema if not exists {{schema}} authorization {{role}};
            alter schema {{schema}} owner to {{role}};
            create schema if not exists {{Quoted(National.NationalStore.Schema)}} authorization {{role}};
            create schema if not exists {{Quoted(Accounts.AccountSetup.Schema)}} authorization {{role}};
            create schema if not exists {{Quoted(Organisations.OrganisationSetup.Schema)}} authorization {{role}};
            alter role {{role}} createdb;
            do $$ declare r record; begin
              for r in select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = '{{Schema}}' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                         and c.relowner <> '{{ApplicationRole}}'::regrole
                         and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')) loop
                execute format('alter table %s owner to {{role}}', r.name);
              end loop;
              for r in select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                       where n.nspname = '{{Schema}}' and p.proowner <> '{{ApplicationRole}}'::regrole loop
                execute format('alter routine %s owner to {{role}}', r.name);
              end loop;
            end $$;
            """, connection);
        await setup.ExecuteNonQueryAsync(ct);
    }

    static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    /// <summary>
    /// Two hosts on one data folder share one server (see <see cref="RunningServerPort"/>): whichever stops last stops it,
    /// whichever started it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (await OthersConnected()) return;
        await RunAsync(options.Binaries.Tool("pg_ctl"), ["stop", "-w", "-m", "fast", "-D", ClusterDirectory], CancellationToken.None);
        if (options.Throwaway)
            Directory.Delete(options.DataRoot, recursive: true);
    }

    async Task<bool> OthersConnected()
    {
        NpgsqlConnection.ClearAllPools();
        // Only a superuser sees other roles' application names.
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var others = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and application_name <> $1", connection)
            { Parameters = { new() { Value = ApplicationName } } };
        return (long)(await others.ExecuteScalarAsync())! > 0;
    }

    static async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct,
        string? asUser = "", Func<string>? failureDetail = null)
    {
        // asUser "" means: the server user when we are root; null means: as ourselves.
        var user = asUser == "" ? ServerUser : asUser;
        var start = new ProcessStartInfo(user is null ? program : "runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (user is not null) foreach (var a in (string[])["-u", user, "--", program]) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{await stdout}{failureDetail?.Invoke()}");
    }

    static string Tail(string logFile) =>
        File.Exists(logFile) ? "\n" + string.Join('\n', File.ReadLines(logFile).TakeLast(20)) : "";
}
