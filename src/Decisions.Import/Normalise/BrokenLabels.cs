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

    public static List<SourceLine> Join(List<SourceLine> lines)
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
