using UglyToad.PdfPig;

namespace Decisions.Import;

/// <summary>
/// A PDF's text as its pages show it: read from the text layer by word position within the budgets of
/// <see cref="ReadingLimits"/>, and read off the page images by OCR where a page has no text layer.
/// </summary>
static class PdfText
{
    public const string Damaged = "PDF-filen är skadad och kan inte läsas";
    const string PageBreak = "\n\f";

    public static DocumentText Read(byte[] bytes, string source, ReadingLimits limits, CancellationToken ct)
    {
        // A file cut short loses its end-of-file marker; PdfPig's lenient reading would otherwise return what it
        // could recover and quietly drop the rest.
        if (!EndsWithEofMarker(bytes)) throw new DocumentRejected(source, Damaged);
        var budget = new PdfBudget(limits, ct);
        var pages = ReadPages(bytes, source, budget);
        var scanned = pages.Where(p => !p.HasText && p.Images > 0).Select(p => p.Number).ToList();
        if (pages.All(p => !p.HasText))
        {
            if (scanned.Count == 0) throw new DocumentRejected(source, "PDF-filen har inget textlager och ingen bild att läsa text ur");
            var ocr = Ocr.ReadPages(bytes, source, scanned, budget);
            var text = string.Join(PageBreak, pages.Select(p => ocr.GetValueOrDefault(p.Number, "")));
            if (string.IsNullOrWhiteSpace(text)) throw new DocumentRejected(source, "dokumentet är en skannad bild, men textigenkänningen (OCR) hittade ingen text i den");
            return new DocumentText(source, text, "pdf-ocr", pages.Count) { Warnings = [DocumentText.OcrWarning] };
        }

        PdfLayout.RemoveRunningHeads([.. pages.Select(p => (p.Height, p.Lines))]);
        var texts = pages.Select(p => PdfLayout.PageText(p.Lines)).ToArray();
        var warnings = new List<string>();
        if (scanned.Count > 0)
        {
            // A protocol of text with a scanned page or two (a signed page, an appendix): read those by OCR when
            // it is there, and say which pages were not read when it is not.
            if (Ocr.IsAvailable(limits.Ocr))
            {
                foreach (var (page, text) in Ocr.ReadPages(bytes, source, scanned, budget)) texts[page - 1] = text;
                warnings.Add($"{Pages(scanned)} och lästes med OCR; texten där är maskinläst och kan innehålla fel");
            }
            else warnings.Add($"{Pages(scanned)} utan text och lästes inte (OCR finns inte installerat på servern)");
        }
        return new DocumentText(source, string.Join(PageBreak, texts), "pdf", pages.Count) { Warnings = warnings };
    }

    static string Pages(List<int> pages) =>
        pages.Count == 1 ? $"sidan {pages[0]} är en skannad bild" : $"sidorna {string.Join(", ", pages)} är skannade bilder";

    /// <summary>A page laid out as soon as it is read, so a long document never holds more than one page's glyphs.</summary>
    sealed record PageRead(int Number, double Height, List<PageLine> Lines, bool HasText, int Images);

    static List<PageRead> ReadPages(byte[] bytes, string source, PdfBudget budget)
    {
        var pages = new List<PageRead>();
        try
        {
            using var pdf = PdfDocument.Open(bytes, new BudgetedParsingOptions(budget));
            budget.ThrowIfExceeded();
            if (pdf.NumberOfPages == 0) throw new DocumentRejected(source, Damaged);
            if (pdf.NumberOfPages > budget.Limits.MaxPages)
                throw new DocumentRejected(source, $"PDF-filen har {pdf.NumberOfPages} sidor; gränsen är {budget.Limits.MaxPages}");
            pdf.AddPageFactory<PdfPageGlyphs, GlyphPageFactory>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                budget.StartPage(number);
                var page = pdf.GetPage<PdfPageGlyphs>(number);
                budget.ThrowIfExceeded();
                pages.Add(new PageRead(number, page.Height, PdfLayout.Lines(page), page.Glyphs.Count + page.Turned.Count > 0, page.Images));
            }
        }
        catch (Exception e) when (e is not DocumentRejected)
        {
            throw new DocumentRejected(source, Reason(e, budget));
        }
        return pages;
    }

    static string Reason(Exception e, PdfBudget budget)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PdfBudgetExceeded exceeded) return exceeded.Message;
            if (inner.GetType().Name.Contains("Encrypted", StringComparison.Ordinal))
                return "PDF-filen är lösenordsskyddad; spara den utan lösenord och försök igen";
        }
        try { budget.ThrowIfExceeded(); }
        catch (PdfBudgetExceeded exceeded) { return exceeded.Message; }
        return budget.Page > 0 ? $"{Damaged} (sidan {budget.Page})" : Damaged;
    }

    static bool EndsWithEofMarker(byte[] bytes) => bytes.AsSpan(Math.Max(0, bytes.Length - 4096)).IndexOf("%%EOF"u8) >= 0;
}
