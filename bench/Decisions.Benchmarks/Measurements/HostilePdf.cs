using System.IO.Compression;
using System.Text;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Small PDFs that unpack into far more work than their size suggests, written by hand because no PDF writer
/// produces them on purpose. The test suite and the pdf-memory measurement read the same files.
/// </summary>
public static class HostilePdf
{
    /// <summary>
    /// One page whose compressed content stream shows the same line <paramref name="repetitions"/> times: 700,000
    /// repetitions are some 50 KB of file and 17 MB of text operators, the kind of file that took gigabytes to read.
    /// </summary>
    public static byte[] RepeatedText(int repetitions)
    {
        var content = new StringBuilder("BT /F1 12 Tf 50 700 Td\n");
        for (var i = 0; i < repetitions; i++) content.Append("(Kommunstyrelsen beslutar) Tj\n");
        content.Append("ET\n");
        return HandWrittenPdf.Write([HandWrittenPdf.Compress(content.ToString())]);
    }

    /// <summary>
    /// <paramref name="pages"/> pages of 900 lines of 100 characters each, just under the text a page may hold: a
    /// document that passes every page's budget and stops at the document's.
    /// </summary>
    public static byte[] FullPages(int pages)
    {
        var line = string.Concat(Enumerable.Repeat("Kommunstyrelsen beslutar att ", 4))[..100];
        var page = new StringBuilder("BT /F1 6 Tf 10 830 Td\n");
        for (var i = 0; i < 900; i++) page.Append($"({line}) Tj 0 -7 Td\n");
        page.Append("ET\n");
        var content = HandWrittenPdf.Compress(page.ToString());
        return HandWrittenPdf.Write([.. Enumerable.Repeat(content, pages)]);
    }

    /// <summary>One page that draws the same form XObject (a few lines of text) <paramref name="draws"/> times: small content, each draw runs the form again.</summary>
    public static byte[] RepeatedForm(int draws)
    {
        var form = new StringBuilder("BT /F1 12 Tf 50 700 Td\n");
        for (var i = 0; i < 20; i++) form.Append("(Kommunstyrelsen beslutar att uppdra) Tj 0 -14 Td\n");
        form.Append("ET\n");
        var page = new StringBuilder();
        for (var i = 0; i < draws; i++) page.Append("/X1 Do\n");
        return HandWrittenPdf.Write([HandWrittenPdf.Compress(page.ToString())], HandWrittenPdf.Compress(form.ToString()));
    }

    /// <summary>A page whose content stream unpacks to <paramref name="megabytes"/> MB of blanks: a bomb whatever the operators.</summary>
    public static byte[] InflatingStream(int megabytes)
    {
        var blanks = new byte[1024 * 1024];
        blanks.AsSpan().Fill((byte)' ');
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
            for (var i = 0; i < megabytes; i++) zlib.Write(blanks);
        return HandWrittenPdf.Write([output.ToArray()]);
    }
}
