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

    /// <summary>
    /// A line that starts in lower case continues the one before ("Martina Öst (L), tjänstgörande ersättare" / "för
    /// Henrik Frost", "Justeringens plats" / "och tid"), as a narrow column wraps it; an "att"-clause or a list item
    /// starts a line of its own, and a sub-heading keeps its line.
    /// </summary>
    public static List<SourceLine> JoinContinuations(List<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = result is null ? (i > 0 ? lines[i - 1] : default) : result.Count > 0 ? result[^1] : default;
            if (i > 0 && line.Text is { Length: > 0 } text && char.IsLower(text[0]) && previous.Text is { Length: > 0 } before
                && previous.Page == line.Page && !previous.IsHeading && !before.EndsWith('.') && !ClauseReader.StartsClause(text)
                && SectionHeadings.Of(before) is null)
            {
                result ??= lines[..i];
                result[^1] = previous with { Text = before + " " + text };
                continue;
            }
            result?.Add(line);
        }
        return result ?? lines;
    }

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
