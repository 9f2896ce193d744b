using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>The recurring shapes of Swedish minutes: case numbers, bodies, people, paragraph signs.</summary>
internal static partial class SwedishText
{
    // "HSN/570/2023", "KS 2025/0112", "2023/BUN 0214", "23RS9432".
    internal const string CasePattern = @"\b(?:[A-ZÅÄÖ]{2,6}/\d{1,6}/\d{4}|[A-ZÅÄÖ]{2,6}\s?\d{4}[/.:-]\d{1,6}|\d{4}/[A-ZÅÄÖ]{2,6}\s?\d{1,6}|\d{2}[A-ZÅÄÖ]{2,4}\d{2,6})\b";

    [GeneratedRegex(CasePattern)]
    internal static partial Regex CaseNumber();

    // "Motion om cykelbanor (KS 2025/0112)", "Årsredovisning, Dnr KS 2025/0112".
    [GeneratedRegex(@"\s*[,–-]?\s*\(?(?:(?i:dnr|diarienummer)\.?:?\s*)?" + CasePattern + @"\)?\s*$")]
    internal static partial Regex TrailingCaseNumber();

    [GeneratedRegex(@"^(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende\s+nr)\b\.?\s*:?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CaseNumberLabel();

    // A body named in running text: "hälso- och sjukvårdsnämnden", "Kommunstyrelsens arbetsutskott", "regionfullmäktige".
    internal const string BodyPattern =
        @"(?<![\w-])(?:\w+-\s+och\s+)?\w*(?:nämnd|styrelse|fullmäktige|utskott|beredning)(?:en|et|ens|ets|n|ns|s)?(?:\s+arbetsutskott(?:et)?)?(?![\w-])";

    [GeneratedRegex(BodyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex BodyName();

    // "Anna Stark (M)", "Åsa Thor Gustafsson (KD)": up to five name words, a party of one to four letters; older
    // templates write the parties in lower case, local ones too ("Rolf Nyberg (s)", "Sture Holm (gp)").
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|af|de|van|der)\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s*\((?<party>\p{Lu}[\p{L}]{0,3}|\p{Ll}{1,3})\)")]
    internal static partial Regex PersonWithParty();

    // "§ 26 Titel", "§26", "§ 64/20", "KF § 42", "KS §12 –", "Vn § 21". "§§" starts a list, never a heading.
    [GeneratedRegex(@"^(?:(?<prefix>\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,2})\s+)?§(?!§)\s*(?<num>\d{1,4}(?:\s*/\s*\d{2,4})?)(?![\d§/])\s*[.:–-]?\s*(?<title>.*)$")]
    internal static partial Regex ParagraphHeading();

    // Table-of-contents lines end in leader dots or a page number after a wide gap.
    [GeneratedRegex(@"(?:\.{3,}|…+|\s{3,}|\t)\s*\d*\s*$")]
    internal static partial Regex TocLeader();

    // "§27", "§§26-28", "§§ 5, 7", "§§ 5–7 och 9".
    [GeneratedRegex(@"§§?\s*(?<list>\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och|samt)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)")]
    internal static partial Regex ParagraphList();

    [GeneratedRegex(@"\d{1,4}(?:\s*[-–]\s*\d{1,4})?")]
    private static partial Regex ParagraphRange();

    static readonly HashSet<string> GenericBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "nämnd", "nämnden", "nämndens", "styrelse", "styrelsen", "styrelsens", "utskott", "utskottet", "utskottets",
        "arbetsutskott", "arbetsutskottet", "arbetsutskottets", "fullmäktige", "fullmäktiges", "beredning", "beredningen",
    };

    /// <summary>A name that points at one body ("Regionstyrelsen"), not at "the committee" in general.</summary>
    internal static bool IsSpecificBody(string name) => !GenericBodies.Contains(name);

    /// <summary>The first body in the text that names one body, capitalised as a name.</summary>
    internal static string? SpecificBody(string text)
    {
        foreach (Match m in BodyName().Matches(text))
            if (IsSpecificBody(m.Value)) return Capitalise(m.Value);
        return null;
    }

    internal static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A sanity bound: "§§1-99999" in a damaged file must not allocate a huge list.</summary>
    const int MaxListedParagraphs = 500;

    internal static IReadOnlyList<int> ParagraphNumbers(string list)
    {
        var numbers = new List<int>();
        foreach (Match range in ParagraphRange().Matches(list))
        {
            var parts = range.Value.Split('-', '–');
            var first = int.Parse(parts[0].Trim());
            var last = parts.Length > 1 ? int.Parse(parts[1].Trim()) : first;
            for (var n = first; n <= last && numbers.Count < MaxListedParagraphs; n++) numbers.Add(n);
        }
        return numbers;
    }

    /// <summary>
    /// Whether <paramref name="first"/> is followed, after white space, by <paramref name="second"/> ("tar del"), in any
    /// case: what <c>first\s+second</c> matches, where the words hold no "k" or "å" (see <see cref="Prefilter"/>).
    /// </summary>
    internal static bool WordsApart(string text, string first, string second)
    {
        for (var at = text.IndexOf(first, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(first, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var next = at + first.Length;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next > at + first.Length && text.AsSpan(next).StartsWith(second, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The text cut where a sentence ends: at the white space after ".", "!" or "?" when a capital or a digit follows, as
    /// <c>(?&lt;=[.!?])\s+(?=[\p{Lu}\d])</c> splits it. Written out because the pattern stopped at every space of the
    /// text to look behind it.
    /// </summary>
    internal static string[] Sentences(string text)
    {
        List<string>? sentences = null;
        var start = 0;
        for (var i = text.AsSpan().IndexOfAny('.', '!', '?'); i >= 0 && i < text.Length - 1; )
        {
            var end = i + 1;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next > end && next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next])))
            {
                (sentences ??= []).Add(text[start..end]);
                start = next;
            }
            var further = text.AsSpan(end).IndexOfAny('.', '!', '?');
            i = further < 0 ? -1 : end + further;
        }
        if (sentences is null) return [text];
        sentences.Add(text[start..]);
        return sentences.ToArray();
    }

    internal static string? FirstCaseNumber(string text)
    {
        var m = CaseNumber().Match(text);
        return m.Success ? m.Value : null;
    }
}
