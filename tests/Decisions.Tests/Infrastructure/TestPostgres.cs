using Decisions.Database;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL for the whole test run, started from the machine's binaries the same way the
/// product starts its private server; each test class gets a database of its own. It stops and removes
/// itself when the test process ends, however it ends (see PrivatePostgresOptions.Throwaway).
/// </summary>
public static class TestPostgres
{
    static readonly Lazy<Task<PrivatePostgres>> Server = new(StartAsync);

    static async Task<PrivatePostgres> StartAsync()
    {
        var binaries = DatabaseLocation.FindBinaries(new ConfigurationBuilder().Build());
        var root = Path.Combine(Path.GetTempPath(), $"decisions-tests-{Guid.NewGuid():N}");
        return await PrivatePostgres.StartAsync(new PrivatePostgresOptions(binaries, root, Throwaway: true));
    }

    public static async Task<string> NewDatabaseAsync(string prefix)
    {
        var server = await Server.Value;
        var builder = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        var name = $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }
}
