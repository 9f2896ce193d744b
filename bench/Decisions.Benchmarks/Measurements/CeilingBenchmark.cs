using System.Globalization;
using Decisions.Benchmarks.History;
using Npgsql;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// The command path against its limit on this machine, in one run: the same closed-loop clients (1, 4, 16, each with
/// assignments of its own) send report-backs, the command the command benchmark sends most, to the host and to
/// <see cref="CeilingEndpoint"/>, which writes the same rows with plain Npgsql, and to the same endpoint leaving out the
/// assignment's history (the read model). They are alternated level by level, in two rounds whose order is reversed,
/// so a change in the machine's load falls on all; each level's figures are the two rounds together. Beside the rates,
/// the processor time each command cost the serving process and its PostgreSQL backends, which other work on shared
/// cores changes far less than it changes a rate.
/// </summary>
public sealed class CeilingBenchmark(HostProcess host, string token, string connectionString, HistoryFacts facts, BenchmarkSize size, TextWriter log)
{
    const int Rounds = 2;
    /// <summary>The 16 clients' throughput, as the issue holds it: at least half the plain writes'.</summary>
    const double TargetRatio = 0.5;

    sealed record Target(string Name, HttpClient Http, HostProcess Process);

    /// <summary>Processor time spent in the measured window: by the serving process, and by its PostgreSQL backends when the server runs here.</summary>
    sealed record Cpu(TimeSpan Process, TimeSpan? Database);

    sealed record Level(LevelFigures Figures, Cpu Cpu);

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        log.WriteLine($"ceiling: copying the host's event store and assignment documents into {CeilingEndpoint.Schema}");
        await CeilingEndpoint.CopyTablesAsync(connectionString, ct);
        await LogDocumentSizesAsync("before", ct);
        await using var ceiling = await StartCeilingAsync(ct);
        await using var withoutHistory = await StartCeilingAsync(ct, CeilingEndpoint.WithoutHistoryArgument);
        var database = ServerCpu.For(connectionString);
        using var hostHttp = Api.Client(host.Address, token);
        using var ceilingHttp = Api.Client(ceiling.Address, token);
        using var withoutHistoryHttp = Api.Client(withoutHistory.Address, token);
        Target[] targets = [new(Host, hostHttp, host), new(Plain, ceilingHttp, ceiling), new(PlainWithoutHistory, withoutHistoryHttp, withoutHistory)];

        // Both get the host's warm-up: the JIT, the connection pools and PostgreSQL's caches, with the same two clients.
        foreach (var target in targets) await MeasureAsync(target, database, level: 2, round: -1, size.HostWarmUp, TimeSpan.Zero, ct);

        var measured = new Dictionary<(string, int), List<Level>>();
        for (var round = 0; round < Rounds; round++)
        foreach (var level in CommandBenchmark.ConcurrencyLevels)
        foreach (var target in round % 2 == 0 ? targets : targets.Reverse())
        {
            var one = await MeasureAsync(target, database, level, round, size.CommandWarmUp, size.CommandDuration, ct);
            log.WriteLine($"  round {round + 1}, {level} clients, {target.Name}: {one.Figures.Describe()}; {PerCommand(one)}");
            measured.TryAdd((target.Name, level), []);
            measured[(target.Name, level)].Add(one);
        }

        await LogDocumentSizesAsync("after", ct);
        return [.. CommandBenchmark.ConcurrencyLevels.SelectMany(level =>
        {
            var (product, limit, bare) = (Together(measured[(Host, level)]), Together(measured[(Plain, level)]), Together(measured[(PlainWithoutHistory, level)]));
            var ratio = product.Figures.Rate / limit.Figures.Rate;
            var clients = $"{level} client{(level == 1 ? "" : "s")}";
            log.WriteLine($"  {clients}: host {product.Figures.Describe()}; {Plain} {limit.Figures.Describe()}; throughput ratio {ratio:0.00}, {Latency(product, limit)}");
            return (Result[])
            [
                new($"report-backs over HTTP, {clients}: host against {Plain} ({Rounds} rounds)",
                    $"{product.Figures.Describe()} ({Latency(product, limit)}); {PerCommand(product)}", $"{Plain} {limit.Figures.Describe()}; {PerCommand(limit)}", ratio,
                    level == 16 ? $"≥ {TargetRatio:0.0} of {Plain}" : "", level == 16 ? ratio >= TargetRatio && product.Figures.Failures == 0 : null),
                new($"report-backs over HTTP, {clients}: {PlainWithoutHistory} against {Plain}",
                    $"{bare.Figures.Describe()}; {PerCommand(bare)}", Plain, bare.Figures.Rate / limit.Figures.Rate),
            ];
        })];
    }

    const string Host = "host", Plain = "plain Npgsql", PlainWithoutHistory = "plain Npgsql without the assignment history";

    async Task<HostProcess> StartCeilingAsync(CancellationToken ct, params string[] arguments)
    {
        var ceiling = await HostProcess.StartAsync(connectionString, "Decisions.Benchmarks.dll", [CeilingEndpoint.ChildArgument, .. arguments], ct);
        log.WriteLine($"ceiling: plain Npgsql endpoint{string.Concat(arguments.Select(a => " " + a))} healthy at {ceiling.Address} after {ceiling.Startup.TotalSeconds:0.0} s");
        return ceiling;
    }

    static string Latency(Level product, Level limit) => $"p50 ×{Times(product, limit, 50)}, p99 ×{Times(product, limit, 99)} the plain writes'";

    /// <summary>
    /// Report-backs only, on each client's own assignments; every round and level dates its report-backs from a year of
    /// its own (after the command benchmark's, and early enough that a report-back a day stays within the dates the
    /// register accepts), so no command repeats a recorded fact on any target. The processor time is taken from the end
    /// of the warm-up to the last answer.
    /// </summary>
    async Task<Level> MeasureAsync(Target target, ServerCpu? database, int level, int round, TimeSpan warmUp, TimeSpan duration, CancellationToken ct)
    {
        var firstDate = new DateOnly(2050 + 20 * (round + 1) + level, 1, 1);
        var clients = Enumerable.Range(0, level).Select(i => CommandClient.Of(facts, level, i, firstDate, reportBacksOnly: true)).ToList();
        var measuring = CommandBenchmark.MeasureAsync(target.Http, clients, size, warmUp, duration, ct);
        await Task.Delay(warmUp, ct);
        var (process, server) = (target.Process.ProcessorTime, await UsedAsync());
        var figures = await measuring;
        return new(figures, new(target.Process.ProcessorTime - process, await UsedAsync() - server));

        async Task<TimeSpan?> UsedAsync() => database is null ? null : await database.UsedAsync(target.Process.ApplicationName, withUnnamed: target.Process == host, ct);
    }

    static Level Together(IReadOnlyList<Level> rounds) => new(
        new(rounds[0].Figures.Clients, rounds.Sum(r => r.Figures.Commands), rounds.Sum(r => r.Figures.Failures),
            TimeSpan.FromTicks(rounds.Sum(r => r.Figures.Window.Ticks)), new Latencies(rounds.SelectMany(r => r.Figures.Latencies.All))),
        new(TimeSpan.FromTicks(rounds.Sum(r => r.Cpu.Process.Ticks)),
            rounds.All(r => r.Cpu.Database is not null) ? TimeSpan.FromTicks(rounds.Sum(r => r.Cpu.Database!.Value.Ticks)) : null));

    static string PerCommand(Level level)
    {
        string Ms(TimeSpan cpu) => ResultTable.Number(cpu.TotalMilliseconds / Math.Max(1, level.Figures.Commands), "ms");
        return $"CPU per command: {Ms(level.Cpu.Process)} serving" + (level.Cpu.Database is { } database ? $", {Ms(database)} PostgreSQL backends" : "");
    }

    static string Times(Level product, Level limit, double percentile) =>
        (product.Figures.Latencies.Percentile(percentile) / limit.Figures.Latencies.Percentile(percentile)).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// An assignment's history document grows with every report-back (its timeline holds the state on each date), so the
    /// faster target ends with larger documents: printed, since it makes the limit a little lower than it would be.
    /// </summary>
    async Task LogDocumentSizesAsync(string when, CancellationToken ct)
    {
        var written = facts.OpenAssignmentIds.Take(200 * CommandBenchmark.ConcurrencyLevels.Max()).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var sizes = new NpgsqlCommand($"""
            select (select avg(octet_length(data::text)) from {DecisionsStore.Schema}.mt_doc_assignmenthistory where id = any($1)),
                   (select avg(octet_length(data::text)) from {CeilingEndpoint.Schema}.assignment_history where id = any($1))
            """, connection) { Parameters = { new() { Value = written } } };
        await using var reader = await sizes.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        log.WriteLine($"  history documents of the assignments written, {when}: host {reader.GetDecimal(0) / 1024:0.0} KB, plain Npgsql {reader.GetDecimal(1) / 1024:0.0} KB of JSON on average");
    }
}
