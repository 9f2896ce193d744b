namespace Decisions.Benchmarks.Measurements;

/// <summary>Nearest-rank percentiles over a finished sample of milliseconds.</summary>
public sealed class Latencies(IEnumerable<double> milliseconds)
{
    readonly double[] sorted = [.. milliseconds.Order()];

    public int Count => sorted.Length;

    public IReadOnlyList<double> All => sorted;

    public double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
