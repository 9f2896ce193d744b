using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Joins a list's label broken over two lines of a label column ("Närvarande   Ida Wall (M)" / "ersättare   Nils Åkerlund
/// (C)"), where the first line alone is another label or none: the two words together name the list
/// ("närvarande ersättare"), and the lower-case second line would otherwise join the first as its continuation.
/// </summary>
internal static partial class BrokenLabels
{
    // "ersättare            Nils Åkerlund (C)": a word or two in lower case, then the label column's wide gap.
    [GeneratedRegex(@"^(?<tail>\p{Ll}[\p{L}-]*(?: \p{L}+)?)(?:\t+|\s{2,}|$)(?<rest>.*)$")]
    private static partial Regex LowerTail();

    // "Tjänstgörande        Karl Fors (M) …": the label column's first line.
    [GeneratedRegex(@"^(?<head>\p{Lu}[\p{L}-]*(?: \p{L}+)?)(?:\t+|\s{2,})(?<rest>\S.*)$")]
    private static partial Regex LabelAndValue();

    // The cells of a line set out in columns: text parted by a tab or two spaces or more.
    [GeneratedRegex(@"[^\s](?:\S| (?! ))*")]
    private static partial Regex Cell();

    public static List<SourceLine> Join(List<SourceLine> lines) => JoinColumnTails(JoinListLabels(lines));

    /// <summary>
    /// "Datum för anslags   2019-12-18   Datum för anslags   2020-01-10" / "uppsättande   nedtagande": labels side by side,
    /// each broken over two lines; every cell of the second line is a label's tail under its label.
    /// </summary>
    static List<SourceLine> JoinColumnTails(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1].Text;
            if (next.Length == 0 || !char.IsLower(next[0]) || next.Contains('\t') || !next.Contains("  ")) continue;
            var raw = lines[i].Text;
            if (!raw.Contains("  ") || raw.Contains('\t')) continue;
            var tails = Cell().Matches(next);
            var cells = Cell().Matches(raw).ToList();
            var joined = new Dictionary<int, string>();
            foreach (Match tail in tails)
            {
                // The line was trimmed: a tail stands under its label when both start as far from the first cell.
                var under = cells.FindIndex(c => Math.Abs(c.Index - cells[0].Index - tail.Index) <= 3);
                if (under < 0 || !char.IsLower(tail.Value[0]) || HeadLabels.AtStart(cells[under].Value) is not { } label) break;
                var words = cells[under].Value[..(cells[under].Value.Length - label.Value.Length)].Trim();
                if (HeadLabels.AtStart(words + " " + tail.Value) is not { Value.Length: 0 }) break;
                joined[under] = (words + " " + tail.Value + " " + label.Value).Trim();
            }
            if (joined.Count != tails.Count || joined.Count < 2) continue;
            result ??= [.. lines];
            result[i] = lines[i] with { Text = string.Join("    ", cells.Select((c, at) => joined.TryGetValue(at, out var text) ? text : c.Value)) };
            result[i + 1] = lines[i + 1] with { Text = "" };
        }
        return result ?? lines;
    }

    static List<SourceLine> JoinListLabels(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines[i + 1].Text;
            if (next.Length == 0 || !char.IsLower(next[0]) || LowerTail().Match(next) is not { Success: true } tail) continue;
            if (LabelAndValue().Match(lines[i].Text) is not { Success: true } first) continue;
            var words = first.Groups["head"].Value + " " + tail.Groups["tail"].Value;
            if (HeadLabels.AtStart(words) is not { Value.Length: 0 } joined || !HeadLabels.IsList(joined.Field)) continue;
            if (HeadLabels.AtStart(first.Groups["head"].Value) is { Value.Length: 0 } alone && alone.Field == joined.Field) continue;
            result ??= [.. lines];
            result[i] = lines[i] with { Text = words + "  " + first.Groups["rest"].Value };
            result[i + 1] = lines[i + 1] with { Text = tail.Groups["rest"].Value.Trim() };
        }
        return result ?? lines;
    }
}
