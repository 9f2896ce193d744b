using System.Text;
using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>A line of a page as a person reads it, with the height of its baseline from the top of the page.</summary>
readonly record struct PageLine(string Text, double Top, double Size);

/// <summary>
/// Lays a page's glyphs out as lines of text, by position and not by the order the file happens to draw them in:
/// glyphs on one baseline make a line, read left to right; a gap of a word space becomes a space and a gap as wide
/// as a column gutter a tab, so a two-column head ("Plats och tid", "Kommunhuset") stays label and value on one line.
/// </summary>
static partial class PdfLayout
{
    /// <summary>A space is about a quarter of the type size; kerning inside a word stays well under that.</summary>
    const double WordGap = 0.2;
    /// <summary>Four spaces or more: a tab stop or a table column, not a space between words.</summary>
    const double ColumnGap = 1.6;
    /// <summary>Glyphs whose baselines differ by less than this share a line (a label and its value in a taller font, sub- and superscripts).</summary>
    const double BaselineTolerance = 0.45;
    /// <summary>More space than this between lines is a paragraph break, kept as an empty line.</summary>
    const double ParagraphGap = 1.75;
    /// <summary>A half-empty page is not twenty empty lines.</summary>
    const int MaxEmptyLines = 2;

    /// <summary>
    /// The page's lines top to bottom; text set sideways or upside down (a document number up the margin) follows
    /// at the foot, read in its own direction, where it is page furniture like a footer.
    /// </summary>
    public static List<PageLine> Lines(PdfPageGlyphs page)
    {
        var lines = Rows(page.Glyphs, baseline => page.Height - baseline);
        if (page.Turned.Count > 0) lines.AddRange(Rows(page.Turned, _ => page.Height));
        return lines;
    }

    static List<PageLine> Rows(IReadOnlyList<Glyph> glyphs, Func<double, double> top)
    {
        var rows = new List<List<Glyph>>();
        var baselines = new List<(double Baseline, double Size)>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            // Rows are made top down, so the row a glyph belongs to is among the last few.
            var row = -1;
            for (var i = rows.Count - 1; i >= 0 && i >= rows.Count - 4; i--)
            {
                var (baseline, size) = baselines[i];
                if (Math.Abs(baseline - glyph.Baseline) <= BaselineTolerance * Math.Max(1, Math.Min(size, glyph.Size))) { row = i; break; }
            }
            if (row < 0)
            {
                rows.Add([]);
                baselines.Add((glyph.Baseline, glyph.Size));
                row = rows.Count - 1;
            }
            rows[row].Add(glyph);
            if (glyph.Size > baselines[row].Size) baselines[row] = (baselines[row].Baseline, glyph.Size);
        }

        var lines = new List<PageLine>();
        var stops = new List<List<double>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (text, left, columns) = Text(rows[i]);
            if (text.Length == 0) continue;
            // A value that wraps in a two-column head continues under its column: it keeps the tab that puts it there.
            var under = stops.TakeLast(3).Reverse().Select(s => s.FindIndex(x => Math.Abs(x - left) <= 3)).FirstOrDefault(c => c >= 0, -1);
            if (under >= 0) text = new string('\t', under + 1) + text;
            lines.Add(new PageLine(text, top(baselines[i].Baseline), baselines[i].Size));
            stops.Add(columns);
        }
        return lines;
    }

    /// <summary>The row's text, where it starts, and where each of its columns after a tab starts.</summary>
    static (string Text, double Left, List<double> Columns) Text(List<Glyph> row)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var text = new StringBuilder();
        var columns = new List<double>();
        Glyph? last = null;
        var spaced = false;
        foreach (var glyph in row)
        {
            if (string.IsNullOrWhiteSpace(glyph.Text)) { spaced = true; continue; }
            if (last is { } previous)
            {
                // Some writers fake bold by drawing each glyph twice, a hair apart.
                if (glyph.Text == previous.Text && Math.Abs(glyph.Left - previous.Left) < 0.3 * Math.Max(0.1, previous.Right - previous.Left)) continue;
                var gap = glyph.Left - previous.Right;
                var size = Math.Max(1, Math.Max(glyph.Size, previous.Size));
                if (gap > ColumnGap * size)
                {
                    text.Append('\t');
                    columns.Add(glyph.Left);
                }
                else if (spaced || gap > WordGap * size) text.Append(' ');
            }
            text.Append(glyph.Text);
            last = glyph;
            spaced = false;
        }
        var left = row.FirstOrDefault(g => !string.IsNullOrWhiteSpace(g.Text)).Left;
        return (text.ToString().Replace('\f', ' ').Normalize(NormalizationForm.FormC), left, columns);
    }

    /// <summary>
    /// The page's text, with an empty line for each line's worth of space between lines beyond the usual spacing,
    /// so paragraph breaks survive; double spacing throughout adds none.
    /// </summary>
    public static string PageText(IReadOnlyList<PageLine> lines)
    {
        var text = new StringBuilder();
        var gaps = lines.Zip(lines.Skip(1), (a, b) => (Gap: b.Top - a.Top, Size: Math.Max(a.Size, b.Size))).ToList();
        var usual = UsualSpacing(gaps);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
                var (gap, size) = gaps[i - 1];
                if (gap > ParagraphGap * size && usual > 0) text.Append('\n', Math.Clamp((int)Math.Round(gap / usual) - 1, 1, MaxEmptyLines));
            }
            text.Append(lines[i].Text);
        }
        return text.ToString();
    }

    /// <summary>
    /// The spacing of consecutive lines of a paragraph: the smallest gap (to the point) that recurs, so that one
    /// stray pair of lines set close together does not make every paragraph break look like several.
    /// </summary>
    static double UsualSpacing(List<(double Gap, double Size)> gaps)
    {
        var candidates = gaps.Where(g => g.Gap >= 0.8 * g.Size).Select(g => Math.Round(g.Gap)).ToList();
        if (candidates.Count == 0) return 0;
        var recurring = candidates.GroupBy(g => g).Where(g => g.Count() >= Math.Min(3, candidates.Count)).Select(g => g.Key);
        return recurring.DefaultIfEmpty(candidates.Min()).Min();
    }

    /// <summary>The top and bottom of a page where running heads and feet sit, as shares of its height.</summary>
    const double HeadBand = 0.15, FootBand = 0.1;

    /// <summary>
    /// Removes running heads and feet: a line in the top or bottom band that recurs at the same height on at least
    /// half the pages, digits aside where they count the pages, so "Sida 3 (41)" matches "Sida 4 (41)" but "§ 58" at
    /// the top of one page and "§ 61" at the top of another stay headings. The first page keeps its copy, since a
    /// head there often carries the body and the meeting date the parser needs.
    /// </summary>
    public static void RemoveRunningHeads(IReadOnlyList<(double Height, List<PageLine> Lines)> pages)
    {
        if (pages.Count < 2) return;
        var seen = new Dictionary<string, List<(int Page, double Top, string Text)>>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var line in pages[p].Lines.Where(l => InBand(l, pages[p].Height)))
            {
                var key = Key(line);
                if (!seen.TryGetValue(key, out var where)) seen[key] = where = [];
                if (where.Count == 0 || where[^1].Page != p) where.Add((p, line.Top, line.Text));
            }
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var (key, where) in seen)
        {
            // Same text at the same height: page furniture, not a heading that happens to open several pages.
            var reference = where.GroupBy(w => Math.Round(w.Top / 4)).MaxBy(g => g.Count())!.First().Top;
            var repeated = where.Where(w => Math.Abs(w.Top - reference) <= 4).ToList();
            if (repeated.Count < needed || !CountsPages(repeated)) continue;
            foreach (var (page, top, _) in repeated.Skip(1))
                pages[page].Lines.RemoveAll(l => Math.Abs(l.Top - top) <= 4 && Key(l) == key);
        }
    }

    /// <summary>
    /// Whether the numbers that differ between the copies move with the page, as a page number does: each differing
    /// number minus its page index is the same on every page. A § number or a Dnr at the top of pages does not.
    /// </summary>
    static bool CountsPages(List<(int Page, double Top, string Text)> copies)
    {
        var numbers = copies.Select(c => Digits().Matches(c.Text).Select(m => long.TryParse(m.Value, out var n) ? n : -1).ToList()).ToList();
        for (var i = 0; i < numbers[0].Count; i++)
        {
            var offsets = copies.Select((c, k) => numbers[k][i] - c.Page).Distinct().Count();
            var values = numbers.Select(n => n[i]).Distinct().Count();
            if (values > 1 && offsets > 1) return false;
        }
        return true;
    }

    static bool InBand(PageLine line, double height) => line.Top < HeadBand * height || line.Top > (1 - FootBand) * height;

    static string Key(PageLine line) => Digits().Replace(Spaces().Replace(line.Text, " "), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
