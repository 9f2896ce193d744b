using System.Text;
using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Removes what a printed page repeats around the matter: page numbers ("Sida 3 (41)"), signature boxes
/// ("Justerandes sign", "Utdragsbestyrkande"), and the header or footer lines every page repeats (the
/// municipality, the organ and the date). A line that repeats is kept where it first stands, in the head, where
/// it may be the only place the organ or the date is named.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Words that are furniture wherever they stand on a line of their own (see <see cref="Phrases"/>).</summary>
    public static readonly string[] Words =
    [
        @"sida \d{1,4}( ?\(\d{1,4}\)| av \d{1,4}| ?/ ?\d{1,4})?",
        @"\d{1,4} ?\(\d{1,4}\)",
        "justerandes sign",
        "justerandes signaturer",
        "ordförandes sign",
        "utdragsbestyrkande",
        "sekreterarens sign",
    ];

    public static readonly string Pattern = Phrases.AnyOf(Words);

    static readonly Regex Furniture = new(@"^(?:(?:" + Pattern + @")\s*)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Header and footer lines stand among the first or last few lines of a page.</summary>
    const int Edge = 4;

    public static List<SourceLine> Remove(List<SourceLine> lines)
    {
        var repeated = RepeatedEdges(lines);
        var kept = new List<SourceLine>(lines.Count);
        var seen = new HashSet<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length > 0 && line.Text.Length <= 80 && Furniture.IsMatch(line.Text)) continue;
            if (repeated.Contains(i) && !seen.Add(Key(line.Text))) continue;
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>
    /// The positions of the lines that repeat at the edge of pages: with page breaks, on two pages or more; without, three times or
    /// more and holding a digit (a page number, a date) or written in capitals, as a running header is.
    /// </summary>
    static HashSet<int> RepeatedEdges(List<SourceLine> lines)
    {
        var paginated = lines.Count > 0 && lines[^1].Page is > 1;
        var candidates = new Dictionary<string, List<int>>();
        foreach (var (at, atEdge) in WithEdges(lines, paginated))
        {
            var text = lines[at].Text;
            if (!atEdge || !MayRepeat(text, paginated)) continue;
            var key = Key(text);
            if (!candidates.TryGetValue(key, out var list)) candidates[key] = list = [];
            list.Add(at);
        }
        var positions = new HashSet<int>();
        foreach (var (_, all) in candidates)
        {
            // Most lines are written once: the patterns that tell matter from furniture are asked only of those that repeat.
            if (!RepeatsEnough(lines, all, paginated)) continue;
            var list = all.Where(at => IsNoMatter(lines[at].Text)).ToList();
            if (RepeatsEnough(lines, list, paginated)) positions.UnionWith(list);
        }
        return positions;
    }

    static bool RepeatsEnough(List<SourceLine> lines, List<int> list, bool paginated) =>
        paginated ? list.Select(at => lines[at].Page).Distinct().Count() >= 2 : list.Count >= 3;

    /// <summary>Each non-empty line's position, and whether it stands among the first or last lines of its page.</summary>
    static IEnumerable<(int At, bool AtEdge)> WithEdges(List<SourceLine> lines, bool paginated)
    {
        var filled = Enumerable.Range(0, lines.Count).Where(i => lines[i].Text.Length > 0);
        if (!paginated)
        {
            foreach (var at in filled) yield return (at, true);
            yield break;
        }
        foreach (var page in filled.GroupBy(i => lines[i].Page))
        {
            var onPage = page.ToList();
            for (var i = 0; i < onPage.Count; i++) yield return (onPage[i], i < Edge || i >= onPage.Count - Edge);
        }
    }

    /// <summary>
    /// A sentence, a § or a lone date is matter even when it repeats; without page breaks a running head holds a digit
    /// (a page number, a date) or is written in capitals. One pass over the line: this is asked of every line.
    /// </summary>
    static bool MayRepeat(string text, bool paginated)
    {
        if (text.Length is < 6 or > 120 || text.Contains('§') || text.EndsWith('.')) return false;
        int letters = 0, upper = 0, lower = 0;
        var digit = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit = true;
        }
        return letters >= 4 && (paginated || digit || upper > lower);
    }

    /// <summary>So is a sub-heading, a case number or a clause.</summary>
    static bool IsNoMatter(string text) =>
        SectionHeadings.Of(text) is null && !SwedishText.CaseNumberLabel().IsMatch(text) && !SwedishText.CaseNumber().IsMatch(text)
        && !ClauseReader.StartsClause(text);

    /// <summary>The line with every digit a "#" and every run of white space one space, in lower case: "Sida 3 (41)" is "sida # (##)".</summary>
    static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) key.Append(char.IsDigit(c) ? '#' : c);
            else if (key.Length == 0 || key[^1] != ' ') key.Append(' ');
        }
        return key.ToString().ToLowerInvariant();
    }
}
