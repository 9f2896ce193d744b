namespace Decisions.Import;

/// <summary>
/// How much of a document the reader will take on before refusing it. A PDF is a program: a few kilobytes can
/// unpack to gigabytes of text operators, so every stage has a budget, and exceeding one refuses the whole document
/// with the page it happened on rather than returning part of it.
/// </summary>
public sealed record ReadingLimits
{
    public static readonly ReadingLimits Default = new();

    public int MaxPages { get; init; } = 2_000;

    /// <summary>A dense A4 page in small type holds some 10,000 characters; ten times that is no real page.</summary>
    public int MaxCharactersPerPage { get; init; } = 100_000;

    public int MaxCharacters { get; init; } = 5_000_000;

    /// <summary>Drawing operators per page, form XObjects counted each time they are drawn: this bounds the memory and time of a page.</summary>
    public int MaxOperationsPerPage { get; init; } = 1_000_000;

    /// <summary>Any one compressed stream (page content, font, object stream) unpacked; images are not unpacked at all.</summary>
    public int MaxStreamBytes { get; init; } = 32 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// OCR takes 10–15 seconds a page on a shared two-core server (rendering at 300 dpi, then Tesseract on one
    /// thread), so a scan is held to the pages that fit in <see cref="Timeout"/>.
    /// </summary>
    public int MaxScannedPages { get; init; } = 20;

    public OcrTools Ocr { get; init; } = OcrTools.Installed;
}
