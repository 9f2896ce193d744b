using System.Globalization;
using System.Text;

namespace Decisions.Benchmarks.Recall;

/// <summary>The measurement as text: the per-category table, per-variant totals, and every miss and invention by document.</summary>
public static class RecallReport
{
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    static string Row(string name, CategoryScore s) =>
        $"| {name} | {s.Expected} | {s.Found} | {s.Matched} | {Percent(s.Recall)} | {Percent(s.Precision)} |";

    public static string CategoryTable(IReadOnlyList<DocumentScore> documents)
    {
        var categories = RecallScore.Sum(documents);
        var table = new StringBuilder();
        table.AppendLine($"Documents: {documents.Count}").AppendLine();
        table.AppendLine("| category | expected | found | matched | recall | precision |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var c in categories) table.AppendLine(Row(c.Category.ToString().ToLowerInvariant(), c));
        table.AppendLine(Row("**all**", RecallScore.Total(categories)));
        return table.ToString();
    }

    /// <summary>Misses and inventions per key, most first: where the parser loses most.</summary>
    public static string KeyTable(IReadOnlyList<DocumentScore> documents)
    {
        var missed = documents.SelectMany(d => d.Misses).CountBy(m => m.Expected.Key.Name).ToDictionary();
        var invented = documents.SelectMany(d => d.Inventions).CountBy(f => f.Key.Name).ToDictionary();
        var table = new StringBuilder();
        table.AppendLine("| key | missed | invented |");
        table.AppendLine("|---|---|---|");
        foreach (var key in FactKey.All.Select(k => k.Name).OrderByDescending(k => missed.GetValueOrDefault(k) + invented.GetValueOrDefault(k)))
            if (missed.GetValueOrDefault(key) + invented.GetValueOrDefault(key) > 0)
                table.AppendLine($"| {key} | {missed.GetValueOrDefault(key)} | {invented.GetValueOrDefault(key)} |");
        return table.ToString();
    }

    /// <summary>Each variant's total against the clean text of the same documents.</summary>
    public static string VariantTable(CategoryScore clean, IEnumerable<(string Variant, CategoryScore Total)> variants)
    {
        var table = new StringBuilder();
        table.AppendLine("| variant | expected | found | matched | recall | precision | recall gap |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        table.AppendLine(Row("clean text", clean) + " |");
        foreach (var (name, total) in variants)
            table.AppendLine(Row(name, total) + $" {((clean.Recall - total.Recall) * 100).ToString("0.0", CultureInfo.InvariantCulture)} |");
        return table.ToString();
    }

    /// <summary>Every miss (the expected line, and the closest found fact) and every invention, grouped by document.</summary>
    public static string Misses(IEnumerable<DocumentScore> documents)
    {
        var text = new StringBuilder();
        foreach (var d in documents.Where(d => d.Misses.Count > 0 || d.Inventions.Count > 0))
        {
            var total = d.Total;
            text.AppendLine($"{d.Document}: recall {Percent(total.Recall)}, precision {Percent(total.Precision)}");
            foreach (var m in d.Misses)
                text.AppendLine($"  miss      {m.Expected.Origin}  {m.Expected}{(m.Nearest is { } n ? $"   ~ found {n}" : "")}");
            foreach (var f in d.Inventions)
                text.AppendLine($"  invented  {f.Origin}  {f}");
        }
        return text.ToString();
    }

    /// <summary>Per document, the expected facts a variant missed that the clean text found: what the variant broke.</summary>
    public static string Lost(IEnumerable<DocumentScore> clean, IEnumerable<DocumentScore> variant)
    {
        var cleanMisses = clean.ToDictionary(d => d.Document, d => d.Misses.Select(m => m.Expected.Origin).ToHashSet());
        var text = new StringBuilder();
        foreach (var d in variant)
        {
            var lost = d.Misses.Where(m => !cleanMisses.GetValueOrDefault(d.Document, []).Contains(m.Expected.Origin)).ToList();
            if (lost.Count == 0) continue;
            text.AppendLine($"{d.Document}: {lost.Count} lost");
            foreach (var m in lost)
                text.AppendLine($"  lost      {m.Expected.Origin}  {m.Expected}{(m.Nearest is { } n ? $"   ~ found {n}" : "")}");
        }
        return text.ToString();
    }
}
