using System.Buffers;
using System.Text;

namespace Decisions.Import;

/// <summary>
/// A cheap test before a pattern that scans a whole sentence: whether the text holds one of the words the pattern cannot
/// match without, in any case. Exact for patterns read with <c>IgnoreCase | CultureInvariant</c>: the regex engine also
/// takes the Kelvin sign for "k" and the Ångström sign for "å", which an ordinal comparison does not, so a text holding
/// either is always let through to the pattern.
/// </summary>
internal sealed class Prefilter
{
    static readonly SearchValues<char> SignsFoldedByRegex = SearchValues.Create("\u212A\u212B");

    /// <summary>ASCII words are found together by a vectorised search; with å, ä or ö in the set it would fall back to a slow one.</summary>
    readonly SearchValues<string> _ascii;

    /// <summary>Words whose ASCII parts are too short to stand for them, tried one by one.</summary>
    readonly string[] _other;

    public Prefilter(params string[] words)
    {
        // A word that holds å, ä or ö is looked for by its longest ASCII part ("röster" by "ster"): a text holding the
        // word holds the part, so the test still lets through every text the pattern matches.
        var ascii = new List<string>();
        var other = new List<string>();
        foreach (var word in words)
        {
            var part = LongestAsciiPart(word);
            if (part.Length >= 3) ascii.Add(part);
            else other.Add(word);
        }
        _ascii = SearchValues.Create(ascii.ToArray(), StringComparison.OrdinalIgnoreCase);
        _other = other.ToArray();
    }

    public bool MayMatch(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(_ascii) || span.ContainsAny(SignsFoldedByRegex)) return true;
        foreach (var word in _other)
            if (span.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    internal static string LongestAsciiPart(string word)
    {
        if (Ascii.IsValid(word)) return word;
        var longest = "";
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && Ascii.IsValid(word[i])) continue;
            if (i - start > longest.Length) longest = word[start..i];
            start = i + 1;
        }
        return longest;
    }
}

/// <summary>
/// A word looked for in any case, as <c>text.Contains(word, StringComparison.OrdinalIgnoreCase)</c>, quicker: .NET
/// compares a word that holds å, ä or ö one character at a time, so its longest ASCII part is looked for first with
/// the vectorised search, and most texts, which lack it, are done with there.
/// </summary>
internal sealed class CaselessWord(string word)
{
    readonly string _part = Prefilter.LongestAsciiPart(word);

    public bool In(string text) =>
        text.Contains(_part, StringComparison.OrdinalIgnoreCase) && (_part.Length == word.Length || text.Contains(word, StringComparison.OrdinalIgnoreCase));
}
