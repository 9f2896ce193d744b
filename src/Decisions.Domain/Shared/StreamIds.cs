using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Decisions.Cases;

namespace Decisions.Shared;

/// <summary>
/// Stream ids are derived from the world's own keys (body name, meeting date, § number, case number)
/// so that importing documents in any order, or twice, lands every fact in the same stream.
/// </summary>
public static partial class StreamIds
{
    /// <summary>"Hälso- och sjukvårdsnämndens arbetsutskott" → "halso-och-sjukvardsnamndens-arbetsutskott".</summary>
    public static string Body(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return NonAlphanumerics().Replace(folded.ToString(), "-").Trim('-');
    }

    public static string Meeting(string bodyId, DateOnly date) => $"{bodyId}/{Iso(date)}";

    public static string Decision(string meetingId, int paragraph) => $"{meetingId}/§{paragraph}";

    /// <summary>"hsn/570/2023 " and "HSN/570/2023" are the same case; case numbers are otherwise kept as written.</summary>
    public static string Case(string caseNumber) =>
        Whitespace().Replace(caseNumber.Trim(), " ").ToUpperInvariant();

    /// <param name="clauseIndex">1-based position of the clause in the decision.</param>
    public static string Assignment(string decisionId, int clauseIndex) =>
        clauseIndex >= 1
            ? $"{decisionId}/{clauseIndex}"
            : throw new ArgumentOutOfRangeException(nameof(clauseIndex), "Clauses are numbered from 1.");

    /// <summary>Where reports and deadline changes citing a decision wait for, and link to, its assignments.</summary>
    public static string Citations(string decisionId) => $"{decisionId}/citations";

    /// <summary>
    /// A document of a case is keyed by case, kind and date rather than a content hash, so a re-OCR'd
    /// or corrected scan of the same document is recognised as the same document. Two documents of
    /// the same kind in one case on one day would collide; that has not been seen in the material.
    /// </summary>
    public static string Document(string caseNumber, DocumentKind kind, DateOnly date) =>
        $"{Case(caseNumber)}/{kind.ToString().ToLowerInvariant()}/{Iso(date)}";

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumerics();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
