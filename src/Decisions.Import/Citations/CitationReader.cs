using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>Reads which earlier decisions a sentence cites, whether it reports on them, and a new time for them.</summary>
internal static partial class CitationReader
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    static readonly Regex CompletesPattern = new(Phrases.AnyOf(ReportPhrasings.Completes), Options);
    static readonly Regex PartialPattern = new(Phrases.AnyOf(ReportPhrasings.Partial), Options);
    static readonly Regex NotedPattern = new(Phrases.AnyOf(ReportPhrasings.PartialIfAboutAssignment), Options);
    static readonly Regex ExtendsPattern = new(string.Join("|", ReportPhrasings.Extends.Select(p => @"\b" + Phrases.Pattern(p) + @"\b")), Options);

    [GeneratedRegex(@"§\s*(?<num>\d{1,4}(?:/\d{2,4})?)(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex ParagraphReference();

    public static bool Completes(string text) => CompletesPattern.IsMatch(text);

    public static bool Partial(string text) => PartialPattern.IsMatch(text);

    public static bool NotedReport(string text) => NotedPattern.IsMatch(text);

    /// <summary>A text about an assignment or a report on one.</summary>
    public static bool AboutAssignment(string text) =>
        MentionsAssignment(text) || ReportBack.In(text);

    static readonly CaselessWord ReportBack = new("återrapport");

    /// <summary>Only sentences about an assignment cite the decision that gave it.</summary>
    public static bool MentionsAssignment(string sentence) => sentence.Contains("uppdrag", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Vid sitt sammanträde 18 april 2023 gav hälso- och sjukvårdsnämnden … (HSN/5/2023), §45 och …
    /// (HSN/570/2023), §46": each § takes the case number written nearest to it; the sentence's own body, else
    /// the document's.
    /// </summary>
    public static (IReadOnlyList<DecisionReference> Cited, ParseWarning? Warning) Citations(string sentence, int line, DateOnly? reference, string? body)
    {
        var paragraphs = ParagraphReference().Matches(sentence);
        if (paragraphs.Count == 0) return ([], null);
        var cases = SwedishText.CaseNumber().Matches(sentence);
        var date = SwedishDates.FindDate(sentence, reference);
        var cited = SwedishText.SpecificBody(sentence) ?? body;
        var warning = date is null ? new ParseWarning(line, "ett tidigare beslut hänvisas till utan läsbart datum") : null;
        var references = new List<DecisionReference>(paragraphs.Count);
        foreach (Match paragraph in paragraphs)
        {
            var nearest = cases.OrderBy(c => Distance(c, paragraph)).FirstOrDefault();
            references.Add(new DecisionReference(cited, date, paragraph.Groups["num"].Value, nearest?.Value));
        }
        return (references, warning);
    }

    /// <summary>"Tiden för uppdraget förlängs till 2025-11-30": the new due, or a warning when the words give none.</summary>
    public static (DuePreview? NewDue, ParseWarning? Warning) Extension(string sentence, int line, DateOnly? reference)
    {
        var m = ExtendsPattern.Match(sentence);
        if (!m.Success) return (null, null);
        return DueReader.Read(sentence[(m.Index + m.Length)..], reference) is { } due
            ? (due.Due, null)
            : (null, new ParseWarning(line, "tiden förlängs men den nya tidpunkten gick inte att läsa"));
    }

    static int Distance(Match a, Match b) =>
        a.Index > b.Index ? a.Index - (b.Index + b.Length) : b.Index - (a.Index + a.Length);
}
