using Decisions.Benchmarks.Measurements;

namespace Decisions.Tests.Import.Input;

/// <summary>A piece of text placed on a page: its left end and baseline in points from the bottom left, and its size.</summary>
internal readonly record struct Placed(string Text, double X, double Y, double Size = 11, bool Up = false);

/// <summary>PDFs in Helvetica for the reader to read back, Swedish letters included.</summary>
internal static class TestPdf
{
    /// <summary>Each page's lines one under the other, as a simple writer lays them out.</summary>
    public static byte[] Lines(params string[][] pages) =>
        Pages(pages.Select(lines => lines.Select((line, i) => new Placed(line, 50, 780 - 20 * i, 12)).ToArray()).ToArray());

    public static byte[] Pages(params Placed[][] pages) =>
        HandWrittenPdf.Write(pages.Select(texts => HandWrittenPdf.Compress(string.Concat(texts.Select(t => HandWrittenPdf.Show(t.Text, t.X, t.Y, t.Size, t.Up))))).ToList());

    /// <summary>A line drawn a word at a time, each word where the last one ended plus a space's width, without the space itself.</summary>
    public static byte[] WordByWord(params (string Word, double Width)[] words)
    {
        var x = 50.0;
        var placed = new List<Placed>();
        foreach (var (word, width) in words)
        {
            placed.Add(new Placed(word, x, 700));
            x += width + 0.278 * 11;
        }
        return Pages([.. placed]);
    }

    /// <summary>A whole text document on one page tall enough for it, a line every 12 points, as a PDF printer would set it.</summary>
    public static byte[] OneTallPage(string text)
    {
        var lines = text.Split('\n');
        var height = 72 + 12 * lines.Length;
        var content = string.Concat(lines.Select((line, i) => line.Trim().Length == 0 ? "" : HandWrittenPdf.Show(line.Trim(), 50, height - 36 - 12 * i, 10)));
        return HandWrittenPdf.Write([HandWrittenPdf.Compress(content)], pageHeight: height);
    }
}
