namespace Decisions.Benchmarks.Recall;

public sealed record CategoryScore(FactCategory Category, int Expected, int Found, int Matched)
{
    /// <summary>Share of the expected facts found; 1 when nothing was expected.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>Share of the found facts that were expected: an invented fact counts against it; 1 when nothing was found.</summary>
    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public static CategoryScore operator +(CategoryScore a, CategoryScore b) =>
        new(a.Category, a.Expected + b.Expected, a.Found + b.Found, a.Matched + b.Matched);
}

/// <summary>An expected fact not found, with the found fact of the same key that came closest (the reason is often in the difference).</summary>
public sealed record Miss(Fact Expected, Fact? Nearest);

/// <summary>One document's score: per category, and every miss and invention.</summary>
public sealed record DocumentScore(string Document, IReadOnlyList<CategoryScore> Categories, IReadOnlyList<Miss> Misses, IReadOnlyList<Fact> Inventions)
{
    public CategoryScore Total => Categories.Aggregate((a, b) => a + b) with { Category = default };
}

public static class RecallScore
{
    public static DocumentScore Score(string document, IReadOnlyList<Fact> expected, IReadOnlyList<Fact> found)
    {
        var pairs = FactMatcher.Pair(expected, found);
        var matchedExpected = pairs.Select(p => p.Expected).ToHashSet(ReferenceEqualityComparer.Instance);
        var matchedFound = pairs.Select(p => p.Found).ToHashSet(ReferenceEqualityComparer.Instance);
        var inventions = found.Where(f => !matchedFound.Contains(f)).ToList();
        var misses = expected.Where(e => !matchedExpected.Contains(e)).Select(e => new Miss(e, Nearest(e, inventions))).ToList();
        var categories = Enum.GetValues<FactCategory>().Select(c => new CategoryScore(c,
            expected.Count(f => f.Category == c), found.Count(f => f.Category == c), pairs.Count(p => p.Expected.Category == c))).ToList();
        return new DocumentScore(document, categories, misses, inventions);
    }

    /// <summary>
    /// The unmatched found fact of the same key that agrees on the first field (the § or the person) and on most others;
    /// for a head fact, which has one field, any of its key: the value read instead. Null when there is none.
    /// </summary>
    static Fact? Nearest(Fact expected, IReadOnlyList<Fact> unmatched) =>
        unmatched.Where(f => f.Key == expected.Key)
            .Where(f => expected.Key.Fields.Count == 1 || FactMatcher.FieldMatches(expected.Key.Fields[0].Kind, expected.Field(0), f.Field(0)))
            .Select(f => (Fact: f, Agree: FactMatcher.CountMatchingFields(expected, f)))
            .OrderByDescending(c => c.Agree)
            .Select(c => c.Fact)
            .FirstOrDefault();

    /// <summary>Per category over many documents.</summary>
    public static IReadOnlyList<CategoryScore> Sum(IEnumerable<DocumentScore> documents) =>
        documents.SelectMany(d => d.Categories).GroupBy(c => c.Category).OrderBy(g => g.Key).Select(g => g.Aggregate((a, b) => a + b)).ToList();

    public static CategoryScore Total(IEnumerable<CategoryScore> categories) =>
        categories.Aggregate(new CategoryScore(default, 0, 0, 0), (a, b) => a + b);
}
