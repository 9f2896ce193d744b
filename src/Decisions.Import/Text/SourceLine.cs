using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>One line of the document: 1-based number, the text without markup, and its PDF page.</summary>
internal readonly record struct SourceLine(int Number, string Text, int? Page, bool IsHeading);

internal static partial class SourceLines
{
    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex MarkdownHeading();

    /// <summary>Word exports write list bullets as private-use symbol characters ("").</summary>
    static readonly char[] PrivateUseBullets = Enumerable.Range(0xF000, 0x100).Select(c => (char)c).ToArray();

    /// <summary>The text's lines, trimmed, with markdown emphasis and headings taken off and form feeds counted as pages.</summary>
    public static List<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var paginated = text.Contains('\f');
        var page = 1;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw;
            if (paginated && line.Contains('\f'))
            {
                page += line.AsSpan().Count('\f');
                line = line.Replace('\f', ' ');
            }
            if (line.Contains('*')) line = line.Replace("**", "");
            if (line.Contains('\u00A0')) line = line.Replace('\u00A0', ' ');
            line = line.Trim();
            if (line.Length > 0 && line[0] >= '\uF000' && line[0] <= '\uF0FF') line = line.TrimStart(PrivateUseBullets).Trim();
            var heading = line.StartsWith('#') ? MarkdownHeading().Match(line) : Match.Empty;
            if (heading.Success) line = line[heading.Length..].Trim();
            lines.Add(new SourceLine(number, line, paginated ? page : null, heading.Success && line.Length > 0));
        }
        return lines;
    }
}
