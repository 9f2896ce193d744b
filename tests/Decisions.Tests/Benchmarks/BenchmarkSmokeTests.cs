using Decisions.Benchmarks;
using Decisions.Benchmarks.Measurements;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Benchmarks;

/// <summary>The benchmark harness still runs end to end: every measurement yields its rows. Timings are not judged here.</summary>
public class BenchmarkSmokeTests
{
    [Fact]
    public async Task Every_measurement_but_the_fact_recall_produces_rows_on_a_tiny_history()
    {
        var connectionString = await TestPostgres.NewDatabaseAsync(nameof(BenchmarkSmokeTests));
        var log = new StringWriter();

        // The fact recall scores the whole corpus and its variants; CorpusRecallTests and CorpusVariantTests run exactly that.
        var results = await BenchmarkRun.RunAsync(
            new BenchmarkOptions(BenchmarkSize.Smoke, BenchmarkRun.Measurements.Except(["recall"]).ToHashSet()), connectionString, log);

        results.ShouldContain(r => r.Benchmark.StartsWith("import: Marten"), log.ToString());
        results.ShouldContain(r => r.Benchmark.StartsWith("rebuild"));
        results.Count(r => r.Benchmark.StartsWith("commands over HTTP")).ShouldBe(3);
        // A rule that starts refusing what the benchmark sends would otherwise measure how fast the host says no.
        results.Where(r => r.Benchmark.StartsWith("commands over HTTP") || r.Benchmark.StartsWith("report-backs"))
            .ShouldAllBe(r => !r.Measured.Contains("refused"), log.ToString());
        results.ShouldContain(r => r.Benchmark.StartsWith("host cold start"));
        results.ShouldContain(r => r.Benchmark.StartsWith("parser"));
        results.ShouldContain(r => r.Benchmark.StartsWith("pdf-memory"));
        results.ShouldContain(r => r.Benchmark.StartsWith("load"));
        foreach (var query in QueryBenchmark.All)
            results.ShouldContain(r => r.Benchmark.StartsWith(query.Name));
        ResultTable.Markdown("smoke", results).ShouldContain("| commands over HTTP, 16 clients |");
    }
}
