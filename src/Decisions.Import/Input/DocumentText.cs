using System.Buffers;
using System.Text;

namespace Decisions.Import;

/// <summary>A document the importer refuses to read; the message names the file and the reason.</summary>
public sealed class DocumentRejected(string fileName, string reason)
    : Exception($"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;

    /// <summary>Refused for its size alone, before it was read (HTTP tells the sender so with 413).</summary>
    public bool TooLarge { get; init; }
}

/// <summary>
/// The text of an uploaded file, with "\n" line ends and a form feed ("\f") between pages, laid out as a person
/// sees it: PDFs by the position of their words, Word documents by their paragraphs and tables.
/// </summary>
/// <param name="Encoding">"utf-8", "windows-1252", "utf-16le", "utf-16be", "pdf", "pdf-ocr" or "docx".</param>
public sealed record DocumentText(string Source, string Text, string Encoding, int PageCount)
{
    public const int MaxTextBytes = 20 * 1024 * 1024;
    /// <summary>PDF and Word files carry fonts and images, so they may be larger than the text they hold.</summary>
    public const int MaxPdfBytes = 40 * 1024 * 1024;

    /// <summary>What the reader could not vouch for, in Swedish, for the parser to pass on (e.g. <see cref="OcrWarning"/>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The text was read off page images, not out of the file.</summary>
    public bool MachineRead => Encoding == "pdf-ocr";

    public const string OcrWarning = "texten är maskinläst (OCR) och kan innehålla fel";

    static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1252 = CreateWindows1252();

    static Encoding CreateWindows1252()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    }

    public static DocumentText Decode(byte[] bytes, string source) => Decode(bytes, source, ReadingLimits.Default, CancellationToken.None);

    /// <summary>Reading a scanned PDF runs OCR for seconds a page: this variant keeps the caller's thread free and stops when asked.</summary>
    public static Task<DocumentText> DecodeAsync(byte[] bytes, string source, CancellationToken ct = default) =>
        Task.Run(() => Decode(bytes, source, ReadingLimits.Default, ct), ct);

    public static DocumentText Decode(byte[] bytes, string source, ReadingLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ct.ThrowIfCancellationRequested();
        if (bytes.Length == 0) throw new DocumentRejected(source, "filen är tom");
        var format = FileFormats.Recognise(bytes);
        switch (format)
        {
            case FileFormat.Pdf:
                if (bytes.Length > MaxPdfBytes) throw TooLarge(source, bytes.Length, MaxPdfBytes);
                try
                {
                    return PdfText.Read(bytes, source, limits, ct);
                }
                catch (DocumentRejected) when (ct.IsCancellationRequested)
                {
                    // The reader stops at the next page or glyph count, and OCR kills its programs; a reading the
                    // caller gave up on (a browser closed, a request aborted) says nothing about the document.
                    throw new OperationCanceledException(ct);
                }
            case FileFormat.Docx:
                if (bytes.Length > MaxPdfBytes) throw TooLarge(source, bytes.Length, MaxPdfBytes);
                return DocxText.Read(bytes, source, limits);
            case FileFormat.Text:
                break;
            default:
                throw new DocumentRejected(source, FileFormats.Refusal(format));
        }
        if (bytes.Length > MaxTextBytes) throw TooLarge(source, bytes.Length, MaxTextBytes);

        var (text, encoding) = DecodeText(bytes, source);
        text = NormaliseLineEnds(text);
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentRejected(source, "filen innehåller bara blanktecken");
        return new DocumentText(source, text, encoding, 1);
    }

    internal static DocumentRejected TooLarge(string source, long size, long limit) =>
        new(source, $"filen är {size / (1024.0 * 1024):0.#} MB; gränsen är {limit / (1024 * 1024)} MB") { TooLarge = true };

    static (string Text, string Encoding) DecodeText(byte[] bytes, string source)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return (Strict(StrictUtf8, bytes.AsSpan(3), source, "UTF-8"), "utf-8");
        if (bytes is [0xFF, 0xFE, ..]) return (CheckedText(System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), source), "utf-16le");
        if (bytes is [0xFE, 0xFF, ..]) return (CheckedText(System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), source), "utf-16be");
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new DocumentRejected(source, "filen innehåller NUL-byte utan UTF-16-markering: den ser binär ut");
        if (ControlCharRatio(bytes) > 0.05)
            throw new DocumentRejected(source, "filen innehåller för många styrtecken: den ser binär ut");
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: older Swedish exports are Windows-1252, which maps every byte.
            return (Windows1252.GetString(bytes), "windows-1252");
        }
    }

    static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string source, string name)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException) { throw new DocumentRejected(source, $"filen börjar med en {name}-markering men är inte giltig {name}"); }
    }

    static string CheckedText(string text, string source) =>
        text.Contains('\0') ? throw new DocumentRejected(source, "texten innehåller NUL-tecken: filen ser binär ut") : text;

    /// <summary>C0 control bytes other than the line, tab and page breaks text files hold.</summary>
    static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create(Enumerable.Range(0, 0x20).Select(b => (byte)b).Except("\n\r\t\f"u8.ToArray()).ToArray());

    static double ControlCharRatio(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var controls = 0;
        for (var rest = sample; rest.IndexOfAny(ControlBytes) is var at and >= 0; rest = rest[(at + 1)..]) controls++;
        return (double)controls / sample.Length;
    }

    internal static string NormaliseLineEnds(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
}
