using System.Buffers;

namespace Decisions.Import;

/// <summary>
/// A cheap test before a pattern that scans a whole sentence: whether the text holds one of the words the pattern cannot
/// match without, in any case. Exact for patterns read with <c>IgnoreCase | CultureInvariant</c>: the regex engine also
/// takes the Kelvin sign for "k" and the Ångström sign for "å", which an ordinal comparison does not, so a text holding
/// either is always let through to the pattern.
/// </summary>
internal sealed class Prefilter(params string[] words)
{
    static readonly SearchValues<char> SignsFoldedByRegex = SearchValues.Create("\u212A\u212B");

    readonly SearchValues<string> _words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public bool MayMatch(string text) => text.AsSpan().ContainsAny(_words) || text.AsSpan().ContainsAny(SignsFoldedByRegex);
}
