using System.Diagnostics;
using Marten;
using Npgsql;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Rebuilds every projection with Marten's daemon, one after another as the command line does, against the
/// limit of reading the event table once in order. The per-projection times are the breakdown.
/// </summary>
public sealed class RebuildBenchmark(DocumentStore store, string connectionString, TextWriter log)
{
    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        await ReadAllAsync(ct); // warms PostgreSQL's cache so both figures read from memory
        var read = Stopwatch.StartNew();
        var events = await ReadAllAsync(ct);
        read.Stop();

        using var daemon = await store.BuildProjectionDaemonAsync();
        var total = Stopwatch.StartNew();
        var breakdown = new List<string>();
        foreach (var projection in store.Options.Projections.All)
        {
            var one = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromHours(1), ct);
            breakdown.Add($"{projection.Name} {one.Elapsed.TotalSeconds:0.0} s");
        }
        total.Stop();
        log.WriteLine($"  rebuild breakdown: {string.Join(", ", breakdown)}");

        var readRate = events / read.Elapsed.TotalSeconds;
        var rebuildRate = events / total.Elapsed.TotalSeconds;
        return
        [
            new($"rebuild all {breakdown.Count} projections ({events:N0} events)", ResultTable.Number(rebuildRate, "events/s"),
                $"sequential read {ResultTable.Number(readRate, "events/s")}", rebuildRate / readRate, "≥ 50,000 events/s", rebuildRate >= 50_000),
        ];
    }

    async Task<long> ReadAllAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select seq_id, stream_id, version, type, data::text from {store.Options.Events.DatabaseSchemaName}.mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = 0L;
        while (await reader.ReadAsync(ct))
        {
            _ = reader.GetString(4);
            rows++;
        }
        return rows;
    }
}
