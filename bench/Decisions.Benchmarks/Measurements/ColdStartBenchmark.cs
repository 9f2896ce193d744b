namespace Decisions.Benchmarks.Measurements;

/// <summary>Process start to the first healthy /health, the database already up and its schema in place.</summary>
public sealed class ColdStartBenchmark(string connectionString, BenchmarkSize size)
{
    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var (times, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < size.ColdStarts; i++)
        {
            await using var host = await HostProcess.StartAsync(connectionString, ct);
            times.Add(host.Startup.TotalMilliseconds);
            // On shared cores the wall time is mostly waiting for a core; the processor time is the work itself.
            cpu.Add(host.ProcessorTime.TotalMilliseconds);
        }
        var sample = new Latencies(times);
        return [new($"host cold start to healthy /health ({times.Count} starts)",
            $"{ResultTable.Number(sample.Percentile(50), "ms")} median (min {ResultTable.Number(times.Min(), "ms")}, max {ResultTable.Number(times.Max(), "ms")}), "
            + $"{ResultTable.Number(new Latencies(cpu).Percentile(50), "ms")} of processor time", "1,500 ms", sample.Percentile(50) / 1500,
            "≤ 1,500 ms", sample.Percentile(50) <= 1500)];
    }
}
