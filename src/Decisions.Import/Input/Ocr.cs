using System.Collections.Concurrent;
using System.Diagnostics;

namespace Decisions.Import;

/// <summary>The programs OCR runs: poppler's pdftoppm renders a page, Tesseract with its Swedish model reads it.</summary>
public sealed record OcrTools(string Pdftoppm = "pdftoppm", string Tesseract = "tesseract", string Language = "swe")
{
    public static readonly OcrTools Installed = new();
}

/// <summary>Reads scanned pages: each rendered at 300 dpi and read by Tesseract, one process at a time, each with a time limit.</summary>
static class Ocr
{
    public const string Missing = "dokumentet är en skannad bild utan text, och OCR (tesseract med svenska) finns inte installerat på servern";
    static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);
    static readonly ConcurrentDictionary<OcrTools, bool> Availability = new();

    public static bool IsAvailable(OcrTools tools) => Availability.GetOrAdd(tools, t =>
        Run(t.Pdftoppm, ["-v"], TimeSpan.FromSeconds(10), CancellationToken.None) is not null
        && Run(t.Tesseract, ["--list-langs"], TimeSpan.FromSeconds(10), CancellationToken.None) is { } langs
        && langs.Output.Split('\n').Any(l => l.Trim() == t.Language));

    /// <summary>The text of the given pages (numbered from 1), page by page; the temporary files are removed whatever happens.</summary>
    public static Dictionary<int, string> ReadPages(byte[] pdf, string source, IReadOnlyList<int> pages, PdfBudget budget)
    {
        var tools = budget.Limits.Ocr;
        if (!IsAvailable(tools)) throw new DocumentRejected(source, Missing);
        if (pages.Count > budget.Limits.MaxScannedPages)
            throw new DocumentRejected(source, $"dokumentet har {pages.Count} skannade sidor; textigenkänning (OCR) görs för högst {budget.Limits.MaxScannedPages}");
        var directory = Directory.CreateTempSubdirectory("decisions-ocr-");
        try
        {
            var input = Path.Combine(directory.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var texts = new Dictionary<int, string>();
            foreach (var page in pages)
            {
                budget.StartPage(page);
                var image = Path.Combine(directory.FullName, $"p{page}");
                Step(source, page, budget, tools.Pdftoppm, ["-r", "300", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", input, image]);
                var text = Step(source, page, budget, tools.Tesseract, [image + ".png", "-", "-l", tools.Language]);
                File.Delete(image + ".png");
                text = DocumentText.NormaliseLineEnds(text).Replace('\f', '\n').Trim('\n', ' ');
                budget.Glyphs(text.Length);
                texts[page] = text;
            }
            return texts;
        }
        catch (PdfBudgetExceeded exceeded)
        {
            throw new DocumentRejected(source, exceeded.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    static string Step(string source, int page, PdfBudget budget, string program, string[] arguments)
    {
        var limit = budget.Remaining < PageTimeout ? budget.Remaining : PageTimeout;
        var result = Run(program, arguments, limit, budget.Cancellation);
        budget.CheckTime();
        if (result is not { ExitCode: 0 } done)
            throw new DocumentRejected(source, $"textigenkänningen (OCR) av sidan {page} misslyckades{(result is null ? "" : $": {Path.GetFileName(program)} avslutades med kod {result.ExitCode}")}");
        return done.Output;
    }

    sealed record Finished(int ExitCode, string Output);

    /// <summary>Runs a program to its end; null when it cannot be started. On time-out or cancellation it is killed and the exit code is -1.</summary>
    static Finished? Run(string program, string[] arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Tesseract would otherwise start a thread per core for each page; the host has other work.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { return null; }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timer.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(timer.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new Finished(-1, "");
            }
            errors.GetAwaiter().GetResult();
            return new Finished(process.ExitCode, output.GetAwaiter().GetResult());
        }
    }
}
