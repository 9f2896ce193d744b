using Decisions.Tests.Infrastructure;
using Npgsql;

namespace Decisions.Tests.Projections;

public class RebuildTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public async Task Rebuilding_every_projection_from_the_command_line_gives_the_same_read_models_as_building_them_live()
    {
        await app.ProjectionsCaughtUp();
        var live = await ReadModels();
        // Lose every read model first, so only a rebuild that really replays the log can bring them back.
        foreach (var table in live.Keys) await Execute($"truncate {DecisionsStore.Schema}.{table}");

        var environment = HostProcess.WithoutConnection();
        environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        var (exitCode, _, stderr) = await HostProcess.RunAsync(environment, "projections", "rebuild");
        exitCode.ShouldBe(0, stderr);

        var rebuilt = await ReadModels();
        rebuilt.Keys.ShouldBe(live.Keys);
        rebuilt.ShouldNotBeEmpty();
        foreach (var (table, rows) in live) rebuilt[table].ShouldBe(rows, table);
    }

    async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    /// <summary>Every document table's rows as JSON text, in id order; PostgreSQL's jsonb text is canonical, so equal facts print equal.</summary>
    async Task<Dictionary<string, List<string>>> ReadModels()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            $"select table_name from information_schema.tables where table_schema = '{DecisionsStore.Schema}' and table_name like 'mt_doc_%' and table_name <> 'mt_doc_commandreceipt' order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));

        var models = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            var rows = models[table] = [];
            await using var select = new NpgsqlCommand($"select id || ' ' || data::text from {DecisionsStore.Schema}.{table} order by id", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        return models;
    }
}
