namespace Decisions.Benchmarks;

/// <param name="Events">How many events the generated history holds.</param>
/// <param name="AppendSampleEvents">How many of them also go through the session append path, which is too slow to take them all at M and L.</param>
/// <param name="HostWarmUp">Before the first level: the host compiles its endpoints (Wolverine generates their code at run time) and tiers up its hot code.</param>
/// <param name="CommandWarmUp">Per concurrency level: commands finished in this time are not counted (JIT, connection pools, caches).</param>
/// <param name="CommandDuration">Per concurrency level, after the warm-up; <paramref name="MaxCommands"/> ends it earlier.</param>
/// <param name="QueryRepetitions">Timed requests per query, after three untimed ones.</param>
/// <param name="ParserMegabytes">How much protocol text the parser reads in each timed pass.</param>
/// <param name="ParserSettleLimit">How long the parser may run untimed, between its two timed passes, waiting for tiered compilation to finish.</param>
/// <param name="ColdStarts">Host starts timed; the median is reported.</param>
public sealed record BenchmarkSize(
    string Name, long Events, int AppendSampleEvents, TimeSpan HostWarmUp, TimeSpan CommandWarmUp, TimeSpan CommandDuration, int MaxCommands,
    int QueryRepetitions, int ParserMegabytes, TimeSpan ParserSettleLimit, int ColdStarts)
{
    public static readonly BenchmarkSize S = new("S", 10_000, 10_000, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), 20_000, 30, 4, TimeSpan.FromSeconds(60), 3);
    public static readonly BenchmarkSize M = new("M", 1_000_000, 100_000, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), 100_000, 100, 16, TimeSpan.FromSeconds(60), 3);
    public static readonly BenchmarkSize L = new("L", 10_000_000, 100_000, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), 100_000, 100, 16, TimeSpan.FromSeconds(60), 3);

    /// <summary>Small enough for the test suite: proves every measurement runs, measures nothing worth reading.</summary>
    public static readonly BenchmarkSize Smoke = new("smoke", 1_500, 1_500, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), 200, 2, 1, TimeSpan.FromSeconds(1), 1);

    public static BenchmarkSize Parse(string name) =>
        new[] { S, M, L }.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown size '{name}': use S, M or L.");
}
