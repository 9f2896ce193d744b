namespace Decisions.Benchmarks.Measurements;

/// <summary>Process start to the first healthy /health, the database already up and its schema in place.</summary>
public sealed class ColdStartBenchmark(string connectionString, BenchmarkSize size)
{
    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var times = new List<double>();
        for (var i = 0; i < size.ColdStarts; i++)
        {
            await using var host = await HostProcess.StartAsync(connectionString, ct);
            times.Add(host.Startup.TotalMilliseconds);
        }
        var sample = new Latencies(times);
        return [new($"host cold start to healthy /health ({times.Count} starts)",
            $"{ResultTable.Number(sample.Percentile(50), "ms")} median (min {ResultTable.Number(times.Min(), "ms")}, max {ResultTable.Number(times.Max(), "ms")})")];
    }
}
