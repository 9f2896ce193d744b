using System.Diagnostics;
using System.Globalization;
using System.Net;
using Decisions.Benchmarks.History;

namespace Decisions.Benchmarks.Measurements;

/// <summary>A read the register answers: its name, how to address it in the generated world, and its p95 target.</summary>
public sealed record Query(string Name, Func<HistoryFacts, string> Path, double TargetP95Milliseconds);

/// <summary>
/// Sequential GETs against the imported history. A query whose endpoint the host does not have yet (404, or 405 where
/// only a POST exists) is reported as not available; adding a page or report to measure is one line in <see cref="All"/>.
/// </summary>
public sealed class QueryBenchmark(Uri host, HistoryFacts facts, BenchmarkSize size, TextWriter log)
{
    public static readonly IReadOnlyList<Query> All =
    [
        new("overdue report", f => $"/api/reports/overdue?asOf={Day(f.LongestCaseMiddle)}", 50),
        new("full-text audit search", _ => "/api/decisions?q=ekonomi", 100),
        new("time travel of the longest case", f => $"/api/cases/{Uri.EscapeDataString(f.LongestCaseNumber)}?asOf={Day(f.LongestCaseMiddle)}", 20),
        new("web UI: start page", _ => "/", 200),
        new("web UI: beslutsregister, search", _ => "/beslut?q=ekonomi", 200),
        new("web UI: ärende, läget per", f => $"/arenden/{Uri.EscapeDataString(f.LongestCaseNumber)}?per={Day(f.LongestCaseMiddle)}", 200),
        new("web UI: försenade uppdrag", f => $"/forsenade?per={Day(f.LongestCaseMiddle)}", 200),
        new("web UI: uppdrag", f => $"/uppdrag/{Uri.EscapeDataString(f.OpenAssignmentIds[0])}", 200),
        new("web UI: sammanträde", f => $"/sammantraden/{Uri.EscapeDataString(f.OpenAssignmentIds[0][..f.OpenAssignmentIds[0].IndexOf("/§", StringComparison.Ordinal)])}", 200),
        new("web UI: import", _ => "/import", 200),
    ];

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        using var http = Api.Client(host);
        var results = new List<Result>();
        foreach (var query in All)
        {
            var path = query.Path(facts);
            var name = query.Name + (query.Name.StartsWith("time travel") ? $" ({facts.LongestCaseEvents:N0} events)" : "");
            using (var first = await http.GetAsync(path, ct))
            {
                if (first.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
                {
                    log.WriteLine($"  {query.Name}: GET {path} answered {(int)first.StatusCode}, skipped");
                    results.Add(Result.NotAvailable(name, $"GET {path.Split('?')[0]} answers {(int)first.StatusCode}"));
                    continue;
                }
                if (!first.IsSuccessStatusCode)
                {
                    results.Add(Result.NotAvailable(name, $"GET {path.Split('?')[0]} fails with {(int)first.StatusCode}"));
                    continue;
                }
            }
            for (var i = 0; i < 2; i++) (await http.GetAsync(path, ct)).Dispose();

            var (times, serverTimes) = (new List<double>(), new List<double>());
            for (var i = 0; i < size.QueryRepetitions; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (response.Headers.TryGetValues(ServerTiming.Header, out var header) && ServerTiming.Milliseconds(header.Single()) is { } server)
                    serverTimes.Add(server);
            }
            // Judged on the whole round trip, which bounds the server's own time (reported beside it) from above.
            var latencies = new Latencies(times);
            var p95 = latencies.Percentile(95);
            var serverPart = serverTimes.Count == 0 ? "" : $" (server p95 {ResultTable.Number(new Latencies(serverTimes).Percentile(95), "ms")})";
            results.Add(new(name, $"p50 {ResultTable.Number(latencies.Percentile(50), "ms")}, p95 {ResultTable.Number(p95, "ms")}{serverPart}",
                $"{query.TargetP95Milliseconds} ms", p95 / query.TargetP95Milliseconds, $"p95 ≤ {query.TargetP95Milliseconds} ms", p95 <= query.TargetP95Milliseconds));
        }
        return results;
    }
}
