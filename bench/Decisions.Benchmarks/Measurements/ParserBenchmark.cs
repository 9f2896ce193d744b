using System.Diagnostics;
using System.Runtime;
using Decisions.Import;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Decode and parse the test suite's protocols over and over, as an import of many documents would: first as a
/// freshly started process does, while tiered compilation still runs most of the parser unoptimised, then again
/// once the JIT has settled, which is what a long import sees.
/// </summary>
public sealed class ParserBenchmark(BenchmarkSize size)
{
    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    /// <summary>Tiered compilation counts as finished when this long of parsing compiled no further method.</summary>
    static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    public IReadOnlyList<Result> Run()
    {
        var documents = Directory.GetFiles(FixtureDirectory, "*.txt").Order().Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        ParseAll(documents); // every method compiled once and the regex caches filled
        var first = Measure(documents);
        var settled = Settle(documents);
        var warm = Measure(documents);
        return
        [
            Row($"parser: Decode + Parse, first {first.Bytes / 1e6:0.0} MB after start ({documents.Count} documents)", first),
            Row(settled is { } after
                    ? $"parser: Decode + Parse, {warm.Bytes / 1e6:0.0} MB once the JIT settled (after {after.TotalSeconds:0} s more untimed)"
                    : $"parser: Decode + Parse, {warm.Bytes / 1e6:0.0} MB with the JIT still compiling after {size.ParserSettleLimit.TotalSeconds:0} s",
                warm),
        ];
    }

    /// <summary>
    /// The rate per second of the process's CPU time (JIT and GC threads included) is given beside the rate per
    /// elapsed second: on a shared machine it varies far less from run to run.
    /// </summary>
    static Result Row(string name, Rates rates) =>
        new(name, $"{ResultTable.Number(rates.Elapsed, "MB/s")} ({ResultTable.Number(rates.Cpu, "MB/s")} of CPU time)",
            "20 MB/s", rates.Elapsed / 20, "≥ 20 MB/s", rates.Elapsed >= 20);

    readonly record struct Rates(long Bytes, double Elapsed, double Cpu);

    Rates Measure(List<(string Name, byte[] Bytes)> documents)
    {
        var target = size.ParserMegabytes * 1_000_000L;
        var bytes = 0L;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (bytes < target) bytes += ParseAll(documents);
        var elapsed = clock.Elapsed;
        process.Refresh();
        return new Rates(bytes, bytes / 1e6 / elapsed.TotalSeconds, bytes / 1e6 / (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Parses untimed until the JIT has compiled nothing for <see cref="Quiet"/>; null when the limit came first.</summary>
    TimeSpan? Settle(List<(string Name, byte[] Bytes)> documents)
    {
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var since = clock.Elapsed;
        while (clock.Elapsed - since < Quiet)
        {
            if (clock.Elapsed > size.ParserSettleLimit) return null;
            ParseAll(documents);
            if (JitInfo.GetCompiledMethodCount() == compiled) continue;
            compiled = JitInfo.GetCompiledMethodCount();
            since = clock.Elapsed;
        }
        return clock.Elapsed;
    }

    static long ParseAll(List<(string Name, byte[] Bytes)> documents)
    {
        var bytes = 0L;
        foreach (var (name, content) in documents)
        {
            ProtocolParser.Parse(DocumentText.Decode(content, name));
            bytes += content.Length;
        }
        return bytes;
    }
}
