using System.Diagnostics;
using System.Text.RegularExpressions;
using Marten;
using Npgsql;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Rebuilds every projection as an operator does, with the host's own <c>projections rebuild</c> (all projections
/// at once, each one pass of Marten's daemon over the log), timed from process start to exit, against the limit
/// of reading the event table once in order. The daemon's per-projection times are the breakdown.
/// </summary>
public sealed partial class RebuildBenchmark(DocumentStore store, string connectionString, TextWriter log)
{
    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        await ReadAllAsync(ct); // warms PostgreSQL's cache so both figures read from memory
        var read = Stopwatch.StartNew();
        var events = await ReadAllAsync(ct);
        read.Stop();

        var total = Stopwatch.StartNew();
        // Without it a projection is stopped after 5 minutes, which M reaches on a loaded machine and L always.
        var output = await HostProcess.RunCommandAsync(connectionString, ["projections", "rebuild", "--shard-timeout", "2h"], ct);
        total.Stop();
        var breakdown = Finished().Matches(output).Select(m => $"{m.Groups["name"].Value} {double.Parse(m.Groups["ms"].Value) / 1000:0.0} s").ToList();
        log.WriteLine($"  rebuild breakdown (each from the start of all): {string.Join(", ", breakdown)}");

        var readRate = events / read.Elapsed.TotalSeconds;
        var rebuildRate = events / total.Elapsed.TotalSeconds;
        return
        [
            new($"rebuild all {breakdown.Count} projections ({events:N0} events)", ResultTable.Number(rebuildRate, "events/s"),
                $"sequential read {ResultTable.Number(readRate, "events/s")}", rebuildRate / readRate, "≥ 50,000 events/s", rebuildRate >= 50_000),
        ];
    }

    /// <summary>The line the command line prints as each projection's rebuild ends.</summary>
    [GeneratedRegex(@"Finished rebuilding (?<name>\w+) in (?<ms>\d+) ms")]
    private static partial Regex Finished();

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
