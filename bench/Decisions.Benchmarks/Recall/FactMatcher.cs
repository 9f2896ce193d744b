using System.Globalization;
using System.Text.RegularExpressions;

namespace Decisions.Benchmarks.Recall;

/// <summary>The corpus README's comparison rules: when a found fact is the expected one.</summary>
public static partial class FactMatcher
{
    /// <summary>Same key, and every field compared by its kind; the expected fact's empty fields mean "none", so they must be empty too.</summary>
    public static bool Matches(Fact expected, Fact found) =>
        expected.Key == found.Key && CountMatchingFields(expected, found) == expected.Key.Fields.Count;

    public static int CountMatchingFields(Fact expected, Fact found)
    {
        if (expected.Key != found.Key) return 0;
        var count = 0;
        for (var i = 0; i < expected.Key.Fields.Count; i++)
            if (FieldMatches(expected.Key.Fields[i].Kind, expected.Field(i), found.Field(i))) count++;
        return count;
    }

    public static bool FieldMatches(FieldKind kind, string expected, string found) => kind switch
    {
        FieldKind.Words => Words(found).Contains(ClauseWords(expected), StringComparison.Ordinal),
        FieldKind.Count => Count(expected) == Count(found),
        FieldKind.ParagraphList => FactsFile.ParseParagraphList(found) is { } list && FactsFile.ParseParagraphList(expected)!.SetEquals(list),
        FieldKind.Due => DueMatches(expected, found),
        FieldKind.Date or FieldKind.Time or FieldKind.Choice => expected.Trim() == found.Trim(),
        _ => Name(expected) == Name(found),
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>
    /// "lednings- kontoret" (a word broken at a line end, its lines joined) becomes "ledningskontoret"; "Barn- och
    /// utbildningsnämnden" keeps its hyphen, since a conjunction after it shows the hyphen is the word's own.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{L})-\s+(?!(?:och|eller|samt|respektive|resp|till)\b)(?=\p{Ll})")]
    private static partial Regex BrokenWord();

    /// <summary>Names, titles, bodies, places and case numbers: case, repeated white space and a trailing '.' ignored.</summary>
    public static string Name(string text) =>
        Space().Replace(text, " ").Trim().TrimEnd('.').TrimEnd().ToLower(CultureInfo.InvariantCulture);

    /// <summary>Words: as <see cref="Name"/>, with a hyphen at a line break rejoined.</summary>
    public static string Words(string text) => Name(BrokenWord().Replace(Space().Replace(text, " "), ""));

    /// <summary>An "att"-clause's marker is no word of its own: "att informationen noteras" is found in "informationen noteras".</summary>
    static string ClauseWords(string text) => Words(text) is var words && words.StartsWith("att ", StringComparison.Ordinal) ? words[4..] : words;

    static int Count(string text) => text.Trim().Length == 0 ? 0 : int.Parse(text.Trim(), CultureInfo.InvariantCulture);

    /// <summary>The kind always; the date or bound only when the expected due writes one (to the day or the month).</summary>
    static bool DueMatches(string expectedText, string foundText)
    {
        var expected = ExpectedDue.TryParse(expectedText.Trim().Length == 0 ? "none" : expectedText)!;
        var parts = foundText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var foundKind = parts.Length == 0 ? "none" : parts[0];
        if (foundKind != expected.Kind) return false;
        if (expected.Bound is not { } bound) return true;
        if (parts.Length < 2 || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var found)) return false;
        return expected.MonthOnly ? found.Year == bound.Year && found.Month == bound.Month : found == bound;
    }

    /// <summary>
    /// Pairs expected and found facts one to one so that as many as possible match (a maximum bipartite matching by
    /// augmenting paths; each list is a document's worth, so the quadratic cost is nothing). Facts that say the most
    /// are tried first, so a vague expected fact does not take the found fact a precise one needs when both cannot have it.
    /// </summary>
    public static IReadOnlyList<(Fact Expected, Fact Found)> Pair(IReadOnlyList<Fact> expected, IReadOnlyList<Fact> found)
    {
        var order = expected.Select((f, i) => i).OrderByDescending(i => expected[i].Specificity).ThenBy(i => i).ToList();
        var candidates = expected.Select(e => found.Select((f, j) => j).Where(j => Matches(e, found[j])).ToList()).ToList();
        var owner = new int[found.Count];
        Array.Fill(owner, -1);
        foreach (var i in order) TryAssign(i, new bool[found.Count]);
        return owner.Select((e, j) => (e, j)).Where(p => p.e >= 0).OrderBy(p => p.e).Select(p => (expected[p.e], found[p.j])).ToList();

        bool TryAssign(int e, bool[] visited)
        {
            foreach (var j in candidates[e])
            {
                if (visited[j]) continue;
                visited[j] = true;
                if (owner[j] >= 0 && !TryAssign(owner[j], visited)) continue;
                owner[j] = e;
                return true;
            }
            return false;
        }
    }
}
