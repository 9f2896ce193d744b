using System.Text;
using Decisions.Benchmarks.Measurements;

namespace Decisions.Benchmarks.Recall;

/// <summary>
/// A variant's text as a PDF: A4 pages of strings at an x, y in 10-point Helvetica, written by <see cref="HandWrittenPdf"/>
/// because PdfPig 0.1.16's writer looks Standard-14 glyphs up through StandardEncoding, which has no å, ä or ö.
/// </summary>
public static class PdfWriter
{
    static readonly Encoding WinAnsi = CreateWinAnsi();

    static Encoding CreateWinAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    /// <summary>Whether Helvetica in WinAnsiEncoding can show the character (å, ä, ö, §, the dashes: yes; a Word bullet: no).</summary>
    public static bool CanShow(char c) => c >= ' ' && WinAnsi.GetString(WinAnsi.GetBytes([c])) == c.ToString();

    public static byte[] Write(IReadOnlyList<IReadOnlyList<(double X, double Y, string Text)>> pages) =>
        HandWrittenPdf.Write([.. pages.Select(page => HandWrittenPdf.Compress(string.Concat(page.Select(t => HandWrittenPdf.Show(t.Text, t.X, t.Y, 10)))))]);
}
