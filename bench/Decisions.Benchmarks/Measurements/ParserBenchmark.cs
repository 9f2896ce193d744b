using System.Diagnostics;
using Decisions.Import;

namespace Decisions.Benchmarks.Measurements;

/// <summary>Decode and parse the test suite's protocols over and over, as an import of many documents would.</summary>
public sealed class ParserBenchmark(BenchmarkSize size)
{
    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    public IReadOnlyList<Result> Run()
    {
        var documents = Directory.GetFiles(FixtureDirectory, "*.txt").Order().Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        ParseAll(documents); // JIT and the regex caches
        var target = size.ParserMegabytes * 1_000_000L;
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        while (bytes < target) bytes += ParseAll(documents);
        clock.Stop();
        var rate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
        return [new($"parser: Decode + Parse ({bytes / 1e6:0.0} MB of {documents.Count} documents)", ResultTable.Number(rate, "MB/s"),
            "20 MB/s", rate / 20, "≥ 20 MB/s", rate >= 20)];
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
