using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Where a § writes its case number besides its title: a line of its own ("Dnr 2005.014.623", "Diarienummer: KS
/// 2025/0112"), often just above the heading, or at the right end of the heading line after a wide gap. Old and
/// small templates number cases without a body prefix ("2002.214", "2005/021-042"); after the label any number is one.
/// </summary>
internal static partial class CaseNumberLines
{
    const string Label = @"(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr|ärende\s+nr|beteckning)\.?\s*:?\s*";

    // "KS 2025/0112", "2005.014.623", "SN-2014/101": an optional prefix, then a run that starts with a digit.
    internal const string Value = @"(?<value>(?:\p{Lu}{1,6}[\s-]?)?\d[\w./:-]*(?:\s\d[\w./:-]*)?)";

    [GeneratedRegex("^" + Label + Value + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"(?:^|\s*[,–—-]\s*|\s+|(?<=\p{Ll})(?-i:(?=D)))\(?" + Label + Value + @"\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledEnd();

    // A title that ends in the label: the line was wrapped, and its value starts the next line.
    [GeneratedRegex(@"(?:^|\s+)\(?" + Label + @"(?<prefix>\p{Lu}{1,6})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelAtEnd();

    // "Dnr 0012/14-200   Delgivningar": a labelled case number, then the title.
    [GeneratedRegex("^" + Label + Value + @"(?:\s*[–—-])?\s+(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledStart();

    // "   MBN 2014-04-03" at the heading line's end: the body's letters and the meeting date, or the date after a wide gap.
    [GeneratedRegex(@"(?:(?:\s{2,}|\t)(?:\p{Lu}{1,6}\s+)?|\s+\p{Lu}{2,6}\s+)\d{4}-\d{2}-\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RightMark();

    [GeneratedRegex("^" + Value + @"(?=[\s),;]|$)", RegexOptions.ExplicitCapture)]
    private static partial Regex ValueAtStart();

    // "Ks § 213 Ks § 178 Au § 266": the history of the case in earlier §§, written before the title.
    [GeneratedRegex(@"^(?:(?:\p{Lu}\p{L}{0,5}\s+)?§\s*\d{1,4}(?:/\d{2,4})?\s*[,;]?\s*)+")]
    private static partial Regex HistoryTrail();

    // "KS 2020/0412 Motion om …", "Ärendenummer: RS 2025/640 Svar på …": a case number that opens a title run on.
    [GeneratedRegex(@"^\(?(?:" + Label + Value + "|" + SwedishText.CasePattern + @")\)?(?=\s+\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Leading();

    /// <summary>How long the case number is that <paramref name="text"/> opens with and more text follows; 0 if none.</summary>
    public static int LeadingLength(string text) => text.Length > 0 && (char.IsDigit(text[0]) || char.IsUpper(text[0]) || text[0] == '(') && Leading().Match(text) is { Success: true } m ? m.Length : 0;

    /// <summary>The case number a line consists of, labelled or bare; null for any other line.</summary>
    public static string? Alone(string line)
    {
        if (line.Length is 0 or > 60 || !line.Any(char.IsDigit)) return null;
        if (line[0] == '(' && line[^1] == ')') line = line[1..^1];
        if (LabelledLine().Match(line) is { Success: true } m) return m.Groups["value"].Value;
        var bare = SwedishText.CaseNumber().Match(line);
        return bare.Success && bare.Length == line.Length ? bare.Value : null;
    }

    /// <summary>
    /// A heading's title without the history trail and a labelled case number at its end, and that case number;
    /// <c>Follows</c> when the title ends in the label (and perhaps the number's prefix, "Dnr KS"), so the number goes
    /// on at the start of the next line: the prefix to put before it.
    /// </summary>
    public static (string Title, string? CaseNumber, string? Follows) OfTitle(string title)
    {
        if (title.Contains('§')) title = HistoryTrail().Replace(title, "");
        // "MBN § 18   Dnr 0012/14-200   DELGIVNINGAR   MBN 2014-04-03": the body and date at the line's right end mark
        // every heading of the minutes; the case number may come before the title.
        if (title.Length > 0 && char.IsDigit(title[^1]) && RightMark().Match(title) is { Success: true } mark) title = title[..mark.Index];
        if (title.Length > 0 && char.IsUpper(title[0]) && LabelledStart().Match(title) is { Success: true } start)
        {
            var (rest, _, follows) = OfTitle(title[start.Length..].Trim());
            return (rest, start.Groups["value"].Value, follows);
        }
        var m = title.Any(char.IsDigit) ? LabelledEnd().Match(title) : Match.Empty;
        if (m.Success) return (title[..m.Index].Trim(), m.Groups["value"].Value, null);
        var label = LabelAtEnd().Match(title);
        if (!label.Success) return (title, null, null);
        var prefix = label.Groups["prefix"];
        return (title[..label.Index].Trim(), null, prefix.Success ? prefix.Value + " " : "");
    }

    /// <summary>The case number a wrapped line starts with, after a label that ended the line above.</summary>
    public static string? AtStart(string line) => ValueAtStart().Match(line) is { Success: true } m ? m.Value : null;
}
