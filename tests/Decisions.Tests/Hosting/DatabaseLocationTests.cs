using Decisions.Database;
using Decisions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Decisions.Tests.Hosting;

public class DatabaseLocationTests
{
    static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public async Task A_given_connection_string_is_used_and_no_server_is_started()
    {
        var given = "Host=db.example;Database=decisions;Username=u;Password=p";
        var (connectionString, server) = await DatabaseLocation.ResolveAsync(Settings(("ConnectionStrings:Decisions", given)));
        connectionString.ShouldBe(given);
        server.ShouldBeNull();
    }

    [Fact]
    public void Connections_prepare_their_repeated_statements_unless_the_connection_string_says_how_many()
    {
        new NpgsqlConnectionStringBuilder(DatabaseLocation.Tuned("Host=db;Database=register")).MaxAutoPrepare.ShouldBe(64);
        new NpgsqlConnectionStringBuilder(DatabaseLocation.Tuned("Host=db;Database=register")).Database.ShouldBe("register");
        DatabaseLocation.Tuned("Host=db;Max Auto Prepare=0").ShouldBe("Host=db;Max Auto Prepare=0");
        DatabaseLocation.Tuned("Host=db;maxautoprepare=8").ShouldBe("Host=db;maxautoprepare=8");
    }

    [Fact]
    public async Task Without_a_connection_string_a_private_server_starts_and_a_second_run_finds_the_first_runs_data()
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), $"decisions-location-{Guid.NewGuid():N}");
        var settings = Settings(("Decisions:DataDirectory", dataRoot));
        try
        {
            var (first, server) = await DatabaseLocation.ResolveAsync(settings);
            server.ShouldNotBeNull();
            new NpgsqlConnectionStringBuilder(first).Host.ShouldBe("127.0.0.1");
            await Execute(first, "create table kept (note text); insert into kept values ('from the first run')");
            // As a register from before the application role would have it: a table the superuser owns.
            await Execute(new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = "decisions" }.ConnectionString,
                $"create table {DecisionsStore.Schema}.older (id serial primary key, note text)");
            await server.DisposeAsync();

            var (second, again) = await DatabaseLocation.ResolveAsync(settings);
            await using (again)
            {
                (await Scalar(second, "select note from kept")).ShouldBe("from the first run");
                // The host connects as a role of its own that owns the register's schema, not as the superuser.
                (await Scalar(second, "select rolsuper from pg_roles where rolname = current_user")).ShouldBe(false);
                (await Scalar(second, "select current_user::text")).ShouldBe(PrivatePostgres.ApplicationRole);
                (await Scalar(second, $"select pg_get_userbyid(nspowner)::text from pg_namespace where nspname = '{DecisionsStore.Schema}'")).ShouldBe(PrivatePostgres.ApplicationRole);
                // It may create databases (an organisation added with `tenants add` gets one), but no roles.
                await Should.ThrowAsync<PostgresException>(() => Execute(second, "create role elsewhere"));
                await Execute(second, "insert into older (note) values ('still writable')");
                (await Scalar(second, "select pg_get_userbyid(relowner)::text from pg_class where relname = 'older'")).ShouldBe(PrivatePostgres.ApplicationRole);
            }
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    [Fact]
    public async Task A_private_server_another_host_still_uses_is_left_running_and_the_last_host_stops_it()
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), $"decisions-shared-{Guid.NewGuid():N}");
        var settings = Settings(("Decisions:DataDirectory", dataRoot));
        try
        {
            var (connectionString, first) = await DatabaseLocation.ResolveAsync(settings);
            // Another host's connection, as its process tags it.
            var otherHost = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "decisions-another-process", Pooling = false };
            await using (var other = new NpgsqlConnection(otherHost.ConnectionString))
            {
                await other.OpenAsync();
                await first!.DisposeAsync();
                (await Scalar(otherHost.ConnectionString, "select 1")).ShouldBe(1);
            }

            var (_, last) = await DatabaseLocation.ResolveAsync(settings);
            await last!.DisposeAsync();
            File.Exists(Path.Combine(dataRoot, "pgdata", "postmaster.pid")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    /// <summary>What `./run.sh` does on a fresh machine, end to end: a start that once failed on the schemas the application role lacked.</summary>
    [Fact]
    public async Task On_a_fresh_machine_the_host_starts_its_private_server_and_serves_an_organisation_added_while_it_runs()
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), $"decisions-fresh-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string?> { ["Decisions__DataDirectory"] = dataRoot };
        try
        {
            using (var host = await HostServer.StartAsync(environment))
            {
                var (exitCode, _, stderr) = await HostProcess.RunAsync(
                    new Dictionary<string, string?>(HostProcess.WithoutConnection().Concat(environment)), "tenants", "add", "kommunx", "--name", "Kommun X");
                exitCode.ShouldBe(0, stderr);
                (await host.Client(host: "kommunx.localhost").GetStringAsync("/")).ShouldContain("Beslutsregistret · Kommun X");
                (await host.Client().GetStringAsync("/")).ShouldNotContain("Kommun X");
            }
            // The killed host leaves its server running, as after a crash; the next resolve finds it and, being the last user, stops it.
            var (_, server) = await DatabaseLocation.ResolveAsync(Settings(("Decisions:DataDirectory", dataRoot)));
            await server!.DisposeAsync();
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_connection_string_or_postgres_programs_the_host_exits_naming_the_three_ways_out()
    {
        var (exitCode, output) = await RunHost("--Decisions:PostgresInstallRoots=/nonexistent");
        exitCode.ShouldNotBe(0);
        output.ShouldContain("install PostgreSQL");
        output.ShouldContain("ConnectionStrings:Decisions");
        output.ShouldContain("DECISIONS_CONNECTION");
        output.ShouldContain("docker compose up -d db");
    }

    [Fact]
    public async Task Listing_the_commands_needs_no_database()
    {
        var (exitCode, output) = await RunHost("help");
        exitCode.ShouldBe(0);
        output.ShouldContain("db-apply");
        output.ShouldContain("projections");
    }

    /// <summary>Runs the real host program with a PATH that holds no PostgreSQL and no connection string.</summary>
    static async Task<(int ExitCode, string Output)> RunHost(params string[] arguments)
    {
        var emptyPath = Directory.CreateTempSubdirectory("decisions-nopg-").FullName;
        var environment = HostProcess.WithoutConnection();
        environment["PATH"] = emptyPath;
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, arguments);
        Directory.Delete(emptyPath);
        return (exitCode, System.Text.Encoding.UTF8.GetString(stdout) + stderr);
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await new NpgsqlCommand(sql, connection).ExecuteScalarAsync();
    }
}
