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
    const string Value = @"(?<value>(?:\p{Lu}{1,6}[\s-]?)?\d[\w./:-]*(?:\s\d[\w./:-]*)?)";

    [GeneratedRegex("^" + Label + Value + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"(?:^|\s*[,–—-]\s*|\s+|(?<=\p{Ll})(?-i:(?=D)))\(?" + Label + Value + @"\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledEnd();

    // "Ks § 213 Ks § 178 Au § 266": the history of the case in earlier §§, written before the title.
    [GeneratedRegex(@"^(?:(?:\p{Lu}\p{L}{0,5}\s+)?§\s*\d{1,4}(?:/\d{2,4})?\s*[,;]?\s*)+")]
    private static partial Regex HistoryTrail();

    /// <summary>The case number a line consists of, labelled or bare; null for any other line.</summary>
    public static string? Alone(string line)
    {
        if (line.Length is 0 or > 60 || !line.Any(char.IsDigit)) return null;
        if (line[0] == '(' && line[^1] == ')') line = line[1..^1];
        if (LabelledLine().Match(line) is { Success: true } m) return m.Groups["value"].Value;
        var bare = SwedishText.CaseNumber().Match(line);
        return bare.Success && bare.Length == line.Length ? bare.Value : null;
    }

    /// <summary>A heading's title without the history trail and a labelled case number at its end, and that case number.</summary>
    public static (string Title, string? CaseNumber) OfTitle(string title)
    {
        if (title.Contains('§')) title = HistoryTrail().Replace(title, "");
        if (!title.Any(char.IsDigit)) return (title, null);
        var m = LabelledEnd().Match(title);
        return m.Success ? (title[..m.Index].Trim(), m.Groups["value"].Value) : (title, null);
    }
}
