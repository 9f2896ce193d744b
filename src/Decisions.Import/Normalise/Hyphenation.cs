using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Rejoins a word hyphenated at a line end ("lednings-" / "kontoret" → "ledningskontoret", the next line joining
/// the first), but keeps the hyphen of
/// a compound that shares its last part ("Hälso- och sjukvårdsnämnden", "för- eller grundskola").
/// </summary>
internal static partial class Hyphenation
{
    /// <summary>Words after which a line-end hyphen is the compound's own ("Barn- och utbildningsnämnden").</summary>
    public static readonly string[] KeepAfter = ["och", "eller", "samt", "till", "resp", "respektive", "som", "alternativt"];

    [GeneratedRegex(@"\p{L}\p{L}-$")]
    private static partial Regex HyphenatedEnd();

    public static List<SourceLine> Rejoin(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && line.Text.EndsWith('-') && HyphenatedEnd().IsMatch(line.Text)
                && lines[i + 1].Text is { Length: > 0 } next && char.IsLower(next[0]))
            {
                var space = next.IndexOf(' ');
                var word = space < 0 ? next : next[..space];
                if (!KeepAfter.Contains(word.TrimEnd(',', '.', ';', ':').ToLowerInvariant()))
                {
                    // The whole next line joins this one: its rest continues the sentence, and left on a line of its own
                    // it could read as a new clause ("att …").
                    result ??= lines[..i];
                    result.Add(line with { Text = line.Text[..^1] + next });
                    i++;
                    continue;
                }
            }
            result?.Add(line);
        }
        return result ?? lines;
    }
}
