using System.Globalization;
using System.Text;

namespace Decisions.Benchmarks.Recall;

/// <summary>
/// The smallest PDF that holds positioned text: A4 pages, one font (Helvetica, WinAnsiEncoding), each string at an x, y.
/// Written by hand because PdfPig 0.1.16's writer looks Standard-14 glyphs up through StandardEncoding, which has no
/// å, ä or ö, and throws on Swedish text; embedding a TrueType font instead would tie the benchmark to a font file.
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

    public static byte[] Write(IReadOnlyList<IReadOnlyList<(double X, double Y, string Text)>> pages)
    {
        using var output = new MemoryStream();
        var offsets = new List<long>();
        void Raw(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Object(string dictionary, byte[]? stream = null)
        {
            offsets.Add(output.Position);
            Raw($"{offsets.Count} 0 obj\n{dictionary}\n");
            if (stream is not null)
            {
                Raw("stream\n");
                output.Write(stream);
                Raw("\nendstream\n");
            }
            Raw("endobj\n");
        }

        Raw("%PDF-1.4\n");
        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream for each page.
        var kids = string.Join(" ", pages.Select((_, i) => $"{4 + 2 * i} 0 R"));
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (var i = 0; i < pages.Count; i++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>");
            var content = Content(pages[i]);
            Object($"<< /Length {content.Length} >>", content);
        }
        var xref = output.Position;
        Raw($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Raw($"{offset:D10} 00000 n \n");
        Raw($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    static byte[] Content(IEnumerable<(double X, double Y, string Text)> items)
    {
        using var content = new MemoryStream();
        foreach (var (x, y, text) in items)
        {
            content.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"BT /F1 10 Tf 1 0 0 1 {x:0.##} {y:0.##} Tm (")));
            foreach (var b in WinAnsi.GetBytes(text))
            {
                if (b is (byte)'(' or (byte)')' or (byte)'\\') content.WriteByte((byte)'\\');
                content.WriteByte(b);
            }
            content.Write(") Tj ET\n"u8);
        }
        return content.ToArray();
    }
}
