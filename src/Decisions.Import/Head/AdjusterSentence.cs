using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// The adjusters chosen in a sentence, where the head has no label for them: "Eva Ek (S) utses att jämte ordföranden
/// justera protokollet", "Till justerare utses Eva Ek", "Nämnden väljer Eva Ek och Bo Ås att justera dagens protokoll".
/// One phrasing a line, "{names}" where the names stand.
/// </summary>
internal static class AdjusterSentence
{
    public static readonly string[] Phrasings =
    [
        "{names} (utses|utsågs|valdes|väljs|väljes) (att|till att) ((jämte|tillsammans med) ordföranden )?justera",
        "(till|Till|som|Som) (protokoll)?justerare (utses|utsågs|valdes|väljs|väljes) {names}",
        "(väljer|utser) {names} (att|till att) ((jämte|tillsammans med) ordföranden )?justera",
        "(väljer|utser) {names} till (protokoll)?justerare",
    ];

    const string Name = @"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*\(\p{L}{1,4}\))?";

    static readonly Dictionary<string, string> Slots = new() { ["names"] = $@"(?<names>{Name}(?:\s*(?:,|och)\s*{Name})*)" };

    static readonly Regex Pattern = new(@"(?<![\p{L}])(?:" + Phrases.AnyOf(Phrasings, Slots) + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>The names as written (parties and all), or null when the line chooses no adjusters.</summary>
    public static string? Names(string text)
    {
        if (!text.Contains("justera", StringComparison.OrdinalIgnoreCase)) return null;
        var m = Pattern.Match(text);
        return m.Success ? m.Groups["names"].Value : null;
    }
}
