using Decisions.Benchmarks.History;
using Decisions.Benchmarks.Measurements;
using Decisions.Benchmarks.Recall;

namespace Decisions.Benchmarks;

/// <param name="Only">Which measurements to run: any of <see cref="BenchmarkRun.Measurements"/>.</param>
/// <param name="Reuse">The database already holds this size's history from an earlier run: generate it again only for its
/// facts, write nothing, and rebuild the projections only when "rebuild" is asked for.</param>
/// <param name="Authorization">The Authorization header value the load test sends with its writes, once they need sign-in.</param>
public sealed record BenchmarkOptions(BenchmarkSize Size, IReadOnlySet<string> Only, bool Reuse = false, string? Authorization = null);

/// <summary>
/// Runs the measurements side by side on one database: the history is imported first (every measurement but the
/// parser needs it), its projections rebuilt (the snapshots the host reads), then the host is started against it.
/// </summary>
public static class BenchmarkRun
{
    public static readonly IReadOnlyList<string> Measurements = ["import", "rebuild", "queries", "commands", "ceiling", "parser", "coldstart", "recall", "pdf-memory", "load"];

    /// <summary>Every measurement but the document reader's (parser, fact recall, PDF memory) runs on the imported history.</summary>
    public static bool NeedsDatabase(string measurement) => measurement is not ("parser" or "recall" or "pdf-memory");

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchmarkOptions options, string connectionString, TextWriter log, CancellationToken ct = default)
    {
        var results = new List<Result>();
        bool Selected(string name) => options.Only.Contains(name);

        if (Selected("load"))
        {
            // Over a register of its own making (the fixtures it imports), before any generated history is written.
            await using var host = await HostProcess.StartAsync(connectionString, ct);
            var duration = options.Size == BenchmarkSize.Smoke ? LoadBenchmark.SmokeDuration : LoadBenchmark.Duration;
            log.WriteLine($"load: {LoadBenchmark.Clients} clients for {duration.TotalSeconds:0} s against {host.Address}");
            results.AddRange(await new LoadBenchmark(host.Address, options.Authorization, duration, log).RunAsync(ct));
        }

        if (options.Only.Any(m => NeedsDatabase(m) && m != "load"))
        {
            await using var store = await EventStore.OpenAsync(connectionString);
            var import = new ImportBenchmark(store, connectionString, options.Size, log);
            if (options.Reuse)
            {
                log.WriteLine($"import: reusing the database's history, generating {options.Size.Events:N0} events for their facts only");
                await import.ReuseAsync(ct);
            }
            else
            {
                log.WriteLine($"import: generating and writing {options.Size.Events:N0} events");
                var imported = await import.RunAsync(ct);
                if (Selected("import")) results.AddRange(imported);
            }

            if (!options.Reuse || Selected("rebuild"))
            {
                log.WriteLine("rebuild: all projections");
                var rebuilt = await new RebuildBenchmark(store, connectionString, log).RunAsync(ct);
                if (Selected("rebuild")) results.AddRange(rebuilt);
            }

            if (Selected("queries") || Selected("commands") || Selected("ceiling"))
            {
                await using var host = await HostProcess.StartAsync(connectionString, ct);
                log.WriteLine($"host: healthy at {host.Address} after {host.Startup.TotalSeconds:0.0} s");
                // Queries first, so they read the imported history and not what the commands add.
                if (Selected("queries")) results.AddRange(await new QueryBenchmark(host.Address, import.Facts, options.Size, log).RunAsync(ct));
                var token = Selected("commands") || Selected("ceiling") ? await HostProcess.RegistratorTokenAsync(connectionString, ct) : "";
                if (Selected("commands")) results.AddRange(await new CommandBenchmark(host.Address, token, import.Facts, options.Size, log).RunAsync(ct));
                if (Selected("ceiling")) results.AddRange(await new CeilingBenchmark(host, token, connectionString, import.Facts, options.Size, log).RunAsync(ct));
            }

            if (Selected("coldstart"))
            {
                log.WriteLine("coldstart: starting the host");
                results.AddRange(await new ColdStartBenchmark(connectionString, options.Size, log).RunAsync(ct));
            }
        }

        if (Selected("parser"))
        {
            log.WriteLine("parser: decoding and parsing the fixtures");
            results.AddRange(new ParserBenchmark(options.Size).Run());
        }

        if (Selected("recall"))
        {
            log.WriteLine("recall: scoring the parser against the corpus's facts files");
            results.AddRange(new RecallBenchmark(log).Run());
        }

        if (Selected("pdf-memory"))
        {
            log.WriteLine("pdf-memory: reading hostile PDFs, each in a process of its own");
            results.AddRange(await new PdfMemoryBenchmark(log, quick: options.Size == BenchmarkSize.Smoke).RunAsync(ct));
        }
        return results;
    }
}
