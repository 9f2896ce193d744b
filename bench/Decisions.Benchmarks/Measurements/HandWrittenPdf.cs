using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// PDFs written object by object: A4 pages in Helvetica with the Windows-1252 encoding (PdfPig's own writer has
/// no å, ä or ö in its standard fonts), and content streams no writer would produce on purpose.
/// </summary>
public static class HandWrittenPdf
{
    static readonly Encoding Windows1252 = CreateWindows1252();

    static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Content that draws <paramref name="text"/> with its baseline starting at (x, y) points from the bottom left,
    /// left to right or, <paramref name="up"/>, up the page as margin notes are set.
    /// </summary>
    public static string Show(string text, double x, double y, double size, bool up = false) =>
        FormattableString.Invariant($"BT /F1 {size} Tf {(up ? "0 1 -1 0" : "1 0 0 1")} {x} {y} Tm ({Escape(text)}) Tj ET\n");

    /// <summary>A PDF string literal in pure ASCII: Windows-1252 bytes outside it as octal escapes.</summary>
    static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var b in Windows1252.GetBytes(text))
            escaped.Append(b switch
            {
                (byte)'(' or (byte)')' or (byte)'\\' => $"\\{(char)b}",
                < 32 or > 126 => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}",
                _ => ((char)b).ToString(),
            });
        return escaped.ToString();
    }

    public static byte[] Compress(string content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize)) zlib.Write(Encoding.ASCII.GetBytes(content));
        return output.ToArray();
    }

    /// <summary>Pages of the given zlib-compressed content streams, each able to draw the form XObject /X1 when one is given.</summary>
    public static byte[] Write(IReadOnlyList<byte[]> pageContents, byte[]? formContent = null, double pageHeight = 842)
    {
        var pdf = new MemoryStream();
        var offsets = new Dictionary<int, long>();
        void Text(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(int number, string dictionary, byte[]? stream = null)
        {
            offsets[number] = pdf.Position;
            Text($"{number} 0 obj\n{dictionary}\n");
            if (stream is not null)
            {
                Text("stream\n");
                pdf.Write(stream);
                Text("\nendstream\n");
            }
            Text("endobj\n");
        }

        // 1 catalog, 2 page tree, 3 font, 4 form, then a page and its content for each page.
        Text("%PDF-1.7\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, $"<< /Type /Pages /Kids [{string.Join(' ', pageContents.Select((_, i) => $"{5 + 2 * i} 0 R"))}] /Count {pageContents.Count} >>");
        Object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var forms = "";
        if (formContent is not null)
        {
            Object(4, $"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Length {formContent.Length} /Filter /FlateDecode >>", formContent);
            forms = " /XObject << /X1 4 0 R >>";
        }
        for (var i = 0; i < pageContents.Count; i++)
        {
            Object(5 + 2 * i, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {pageHeight.ToString(CultureInfo.InvariantCulture)}] /Resources << /Font << /F1 3 0 R >>{forms} >> /Contents {6 + 2 * i} 0 R >>");
            Object(6 + 2 * i, $"<< /Length {pageContents[i].Length} /Filter /FlateDecode >>", pageContents[i]);
        }
        var size = 5 + 2 * pageContents.Count;
        var xref = pdf.Position;
        Text($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
            Text(offsets.TryGetValue(n, out var offset) ? offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 65535 f \n");
        Text($"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
