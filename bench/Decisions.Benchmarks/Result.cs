using System.Globalization;
using System.Text;

namespace Decisions.Benchmarks;

/// <summary>One line of the report: a figure, the limit or baseline it is held against, and the target when there is one.</summary>
/// <param name="Ratio">Measured divided by <paramref name="Against"/>'s value, for figures that have a baseline.</param>
/// <param name="Met">Null when the issue sets no target for this figure.</param>
public sealed record Result(string Benchmark, string Measured, string Against = "", double? Ratio = null, string Target = "", bool? Met = null)
{
    public static Result NotAvailable(string benchmark, string why) => new(benchmark, $"not available ({why})");
}

public static class ResultTable
{
    public static string Markdown(string title, IEnumerable<Result> results)
    {
        var table = new StringBuilder();
        table.AppendLine($"### {title}").AppendLine();
        table.AppendLine("| benchmark | measured | against | ratio | target | met |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in results)
            table.AppendLine($"| {r.Benchmark} | {r.Measured} | {r.Against} | {(r.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "")} | {r.Target} | {r.Met switch { true => "yes", false => "**no**", null => "" }} |");
        return table.ToString();
    }

    public static string Number(double value, string unit) =>
        value.ToString(value >= 100 ? "#,0" : value >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture) + (unit == "" ? "" : " " + unit);
}
