using System.Text;

namespace Decisions.Import;

/// <summary>
/// The readers' word tables are written one variant a line in a small pattern language, so a new
/// municipality's wording is one line: a space stands for any run of white space (a line break
/// included) and " ?" for an optional one, "(a|b)" is a choice and "(i )?" an optional word, "{name}" a slot the table fills in
/// (a date, a month, a name); anything else is regular-expression syntax and matched as written.
/// </summary>
internal static class Phrases
{
    public static string Pattern(string phrase, IReadOnlyDictionary<string, string>? slots = null)
    {
        var pattern = new StringBuilder(phrase.Length * 2);
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            switch (c)
            {
                case '\\' when i + 1 < phrase.Length:
                    pattern.Append(c).Append(phrase[++i]);
                    break;
                case ' ' when i + 1 < phrase.Length && phrase[i + 1] == '?':
                    pattern.Append(@"\s*");
                    i++;
                    break;
                case ' ':
                    while (i + 1 < phrase.Length && phrase[i + 1] == ' ') i++;
                    pattern.Append(@"\s+");
                    break;
                case '(' when i + 1 < phrase.Length && phrase[i + 1] != '?':
                    pattern.Append("(?:");
                    break;
                case '{' when phrase.IndexOf('}', i) is var end and > 0 && slots is not null
                              && slots.TryGetValue(phrase[(i + 1)..end], out var slot):
                    pattern.Append(slot);
                    i = end;
                    break;
                default:
                    pattern.Append(c);
                    break;
            }
        }
        return pattern.ToString();
    }

    /// <summary>The phrases as one choice, in the table's order: where two can match at one place, the first wins.</summary>
    public static string AnyOf(IEnumerable<string> phrases, IReadOnlyDictionary<string, string>? slots = null) =>
        string.Join("|", phrases.Select(p => Pattern(p, slots)));

    /// <summary>
    /// Plain words (no pattern syntax) as one choice in reverse alphabetical order, so "plats och tid" is tried
    /// before "plats" and the order of a table's lines never matters; words that share a start stay together,
    /// which lets the regex engine test a shared start once.
    /// </summary>
    public static string AnyOfWords(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w, StringComparer.Ordinal)
            .Select(w => string.Join(@"\s*,\s*", w.Split(',', StringSplitOptions.TrimEntries)
                .Select(part => string.Join(@"\s+", part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(System.Text.RegularExpressions.Regex.Escape))))));

    /// <summary>The key a plain-words table looks a match up by: lower case, no white space.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
