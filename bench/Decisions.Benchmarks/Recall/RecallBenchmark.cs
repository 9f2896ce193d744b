namespace Decisions.Benchmarks.Recall;

/// <summary>
/// Scores the parser against every facts file of the corpus (Import/Corpus), then every text document again as each
/// <see cref="Variants"/> variant: prints the per-category table, the per-variant totals, every miss of the clean text
/// grouped by document, and per variant the facts it lost that the clean text had.
/// </summary>
public sealed class RecallBenchmark(TextWriter log)
{
    /// <summary>The goal for the corpus and for each variant against the clean text.</summary>
    public const double RecallGoal = 0.98, PrecisionGoal = 0.99, VariantGapGoal = 0.03;

    public IReadOnlyList<Result> Run()
    {
        var documents = RecallCorpus.Find(RecallCorpus.Folder);
        var clean = documents.Select(RecallCorpus.Score).ToList();
        log.WriteLine("recall: the corpus, per category");
        log.WriteLine(RecallReport.CategoryTable(clean));
        log.WriteLine("recall: misses and inventions per key");
        log.WriteLine(RecallReport.KeyTable(clean));

        var texts = documents.Where(d => d.IsText).ToList();
        var cleanTexts = clean.Where(s => texts.Any(d => d.Name == s.Document)).ToList();
        var cleanTotal = RecallScore.Total(RecallScore.Sum(cleanTexts));
        var variants = Variants.All.Select(v => (Variant: v, Scores: texts.Select(d => RecallCorpus.Score(d, v)).ToList())).ToList();
        log.WriteLine($"recall: each variant of the {texts.Count} text documents");
        log.WriteLine(RecallReport.VariantTable(cleanTotal, variants.Select(v => (v.Variant.Name, RecallScore.Total(RecallScore.Sum(v.Scores))))));

        log.WriteLine("recall: every miss (~ the closest found fact) and invention of the clean documents");
        log.WriteLine(RecallReport.Misses(clean));
        foreach (var (variant, scores) in variants)
        {
            log.WriteLine($"recall: facts the {variant.Name} variant lost that the clean text had");
            log.WriteLine(RecallReport.Lost(cleanTexts, scores));
        }

        var results = new List<Result>();
        var categories = RecallScore.Sum(clean);
        var total = RecallScore.Total(categories);
        results.Add(new Result($"recall: {documents.Count} corpus documents, all facts", $"{RecallReport.Percent(total.Recall)} recall, {RecallReport.Percent(total.Precision)} precision",
            Target: "≥ 98 % recall, ≥ 99 % precision", Met: total.Recall >= RecallGoal && total.Precision >= PrecisionGoal));
        foreach (var c in categories)
            results.Add(new Result($"recall: {c.Category.ToString().ToLowerInvariant()} ({c.Expected} facts)", $"{RecallReport.Percent(c.Recall)} recall, {RecallReport.Percent(c.Precision)} precision"));
        foreach (var (variant, scores) in variants)
        {
            var v = RecallScore.Total(RecallScore.Sum(scores));
            var gap = cleanTotal.Recall - v.Recall;
            results.Add(new Result($"recall: {variant.Name} variant of {texts.Count} text documents", $"{RecallReport.Percent(v.Recall)} recall ({gap * 100:0.0} points below the clean text)",
                Target: "within 3 points", Met: gap <= VariantGapGoal));
        }
        return results;
    }
}
