using System.Diagnostics;
using Decisions.Benchmarks.History;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Writes the generated history three ways, region by region, timing only the writes: Marten's bulk event insert
/// (COPY into the event tables, no projections), a raw binary COPY of the same rows and JSON into a plain table
/// (the limit), and, for a sample, the session append path with the inline projections a live import uses.
/// </summary>
public sealed class ImportBenchmark(DocumentStore store, string connectionString, BenchmarkSize size, TextWriter log)
{
    const string AppendSchema = "bench_append";
    const string RawTable = "bench_raw.events";
    const int AppendBatchEvents = 1_000;

    readonly Stopwatch generating = new(), marten = new(), raw = new(), appending = new();
    long appended;

    public HistoryFacts Facts { get; private set; } = new();

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        await CreateRawTableAsync(ct);
        await using var appendStore = await EventStore.OpenAsync(connectionString, AppendSchema);
        var generator = new HistoryGenerator(size.Events);
        Facts = generator.Facts;

        generating.Start();
        foreach (var region in generator.Regions())
        {
            generating.Stop();
            var rows = region.EventCount;
            raw.Start();
            await CopyRawAsync(region, ct);
            raw.Stop();
            marten.Start();
            await store.BulkInsertEventsAsync(region.Streams.Select(s => Action(store, s)).ToList(), batchSize: 5_000, ct);
            marten.Stop();
            if (appended < size.AppendSampleEvents) await AppendAsync(appendStore, region, ct);
            log.WriteLine($"  region {region.Name}: {rows:N0} events (total {Facts.Events:N0})");
            generating.Start();
        }
        generating.Stop();

        var events = Facts.Events;
        var rawRate = events / raw.Elapsed.TotalSeconds;
        var martenRate = events / marten.Elapsed.TotalSeconds;
        var appendRate = appended / appending.Elapsed.TotalSeconds;
        return
        [
            new($"generate history ({events:N0} events, deciders)", ResultTable.Number(events / generating.Elapsed.TotalSeconds, "events/s")),
            new("import: Marten BulkInsertEventsAsync (no projections)", ResultTable.Number(martenRate, "events/s"),
                $"raw COPY {ResultTable.Number(rawRate, "events/s")}", martenRate / rawRate, "≥ 0.60 of COPY", martenRate / rawRate >= 0.6),
            new($"import: session Append + SaveChanges, inline projections ({appended:N0} events)", ResultTable.Number(appendRate, "events/s"),
                $"raw COPY {ResultTable.Number(rawRate, "events/s")}", appendRate / rawRate),
        ];
    }

    /// <summary>Collects the facts of a history an earlier run wrote, after checking that the database holds as many events.</summary>
    public async Task ReuseAsync(CancellationToken ct)
    {
        var generator = new HistoryGenerator(size.Events);
        Facts = generator.Facts;
        foreach (var _ in generator.Regions()) { }
        await using var session = store.QuerySession();
        var stored = await session.Events.QueryAllRawEvents().CountAsync(ct);
        if (stored != Facts.Events)
            throw new InvalidOperationException($"--reuse: the database holds {stored:N0} events, size {size.Name} is {Facts.Events:N0}; run without --reuse on an empty database first.");
    }

    static StreamAction Action(DocumentStore store, GeneratedStream stream)
    {
        var action = StreamAction.Start(store.Events, stream.Id, [.. stream.Events]);
        action.AggregateType = stream.AggregateType;
        return action;
    }

    async Task CreateRawTableAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"""
            create schema if not exists bench_raw;
            drop table if exists {RawTable};
            create table {RawTable} (seq_id bigint, id uuid, stream_id text, version bigint, data jsonb, type varchar, timestamp timestamptz, mt_dotnet_type varchar);
            """, connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The same columns Marten writes to mt_events, serialised by Marten's own serializer, with no keys or indexes.</summary>
    async Task CopyRawAsync(RegionHistory region, CancellationToken ct)
    {
        var serializer = store.Options.Serializer();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"copy {RawTable} (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type) from stdin (format binary)", ct);
        var now = DateTimeOffset.UtcNow;
        var sequence = 0L;
        foreach (var stream in region.Streams)
        {
            var version = 0L;
            foreach (var e in stream.Events)
            {
                var mapping = store.Events.EventMappingFor(e.GetType());
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(++sequence, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(stream.Id, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(++version, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(serializer.ToJson(e), NpgsqlDbType.Jsonb, ct);
                await copy.WriteAsync(mapping.EventTypeName, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(mapping.DotNetTypeName, NpgsqlDbType.Varchar, ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>As a live import writes: whole streams appended through a session, a thousand events per commit.</summary>
    async Task AppendAsync(DocumentStore appendStore, RegionHistory region, CancellationToken ct)
    {
        var session = appendStore.LightweightSession();
        var pending = 0;
        foreach (var stream in region.Streams)
        {
            if (appended + pending >= size.AppendSampleEvents) break;
            session.Events.Append(stream.Id, stream.Events);
            pending += stream.Events.Count;
            if (pending < AppendBatchEvents) continue;
            await CommitAsync();
            session = appendStore.LightweightSession();
        }
        await CommitAsync();

        async Task CommitAsync()
        {
            appending.Start();
            await session.SaveChangesAsync(ct);
            appending.Stop();
            await session.DisposeAsync();
            appended += pending;
            pending = 0;
        }
    }
}
