using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Process start to the first healthy /health, the database already up and its schema in place: the host as the build
/// leaves it (its libraries compiled as they run), and, beside it in the same run, as it is deployed (`dotnet publish`
/// for the platform, ReadyToRun).
/// </summary>
public sealed class ColdStartBenchmark(string connectionString, BenchmarkSize size, TextWriter log)
{
    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        List<Result> results = [await MeasureAsync("host cold start to healthy /health, build output", Path.Combine(AppContext.BaseDirectory, "Decisions.Host.dll"), ct)];
        // Publishing takes a minute or more: the suite's quick run of every measurement leaves it out.
        if (size == BenchmarkSize.Smoke) return results;
        var published = Directory.CreateTempSubdirectory("decisions-published-");
        try
        {
            log.WriteLine("coldstart: publishing the host (ReadyToRun)");
            await PublishAsync(published.FullName, ct);
            results.Add(await MeasureAsync("host cold start to healthy /health, published (ReadyToRun)", Path.Combine(published.FullName, "Decisions.Host.dll"), ct));
        }
        finally
        {
            published.Delete(recursive: true);
        }
        return results;
    }

    async Task<Result> MeasureAsync(string name, string assembly, CancellationToken ct)
    {
        var (times, cpu) = (new List<double>(), new List<double>());
        for (var i = 0; i < size.ColdStarts; i++)
        {
            await using var host = await HostProcess.StartAsync(connectionString, assembly, [], ct);
            times.Add(host.Startup.TotalMilliseconds);
            // On shared cores the wall time is mostly waiting for a core; the processor time is the work itself.
            cpu.Add(host.ProcessorTime.TotalMilliseconds);
        }
        var sample = new Latencies(times);
        return new($"{name} ({times.Count} starts)",
            $"{ResultTable.Number(sample.Percentile(50), "ms")} median (min {ResultTable.Number(times.Min(), "ms")}, max {ResultTable.Number(times.Max(), "ms")}), "
            + $"{ResultTable.Number(new Latencies(cpu).Percentile(50), "ms")} of processor time", "1,500 ms", sample.Percentile(50) / 1500,
            "≤ 1,500 ms", sample.Percentile(50) <= 1500);
    }

    /// <summary>The deploy command of the README, from the sources the benchmark was built from.</summary>
    static async Task PublishAsync(string output, CancellationToken ct)
    {
        var project = Path.Combine(SourceRoot(), "src", "Decisions.Host");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "-v", "q"])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish exited with {process.ExitCode}:\n{await stdout}{await stderr}");
    }

    static string SourceRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Decisions.sln"))) return folder.FullName;
        throw new InvalidOperationException("The benchmark runs outside the repository: Decisions.sln not found above " + AppContext.BaseDirectory);
    }
}
