using System.Diagnostics;
using Decisions.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Decisions.Tests.Import.Input;

/// <summary>Scanned PDFs are read with Tesseract's Swedish model, which setup.sh installs, and flagged as machine-read.</summary>
public class Reading_a_scanned_pdf
{
    static readonly string[] Minutes =
    [
        "Kommunstyrelsen", "Protokoll 2025-03-12", "§ 5 Budget för år 2026",
        "Kommunstyrelsen beslutar att godkänna budgeten.", "Nämnden får i uppdrag att återkomma.",
    ];

    /// <summary>The minutes as text, rendered to a picture at scanner resolution and put back in a PDF with no text layer.</summary>
    static byte[] Scan(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var lines in pages)
        {
            var text = TestPdf.Pages([.. lines.Select((line, i) => new Placed(line, 60, 760 - 24 * i, 14))]);
            builder.AddPage(PageSize.A4).AddPng(Render(text), new PdfRectangle(0, 0, 595, 842));
        }
        return builder.Build();
    }

    static byte[] Render(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("decisions-test-scan-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "in.pdf"), pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "150", "-png", "-singlefile", "in.pdf", "page"]) { WorkingDirectory = directory.FullName })!;
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(directory.FullName, "page.png"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Reads_the_swedish_words_back_and_flags_the_text_as_machine_read()
    {
        var document = DocumentText.Decode(Scan(Minutes), "skannad.pdf");

        document.Encoding.ShouldBe("pdf-ocr");
        document.MachineRead.ShouldBeTrue();
        document.Warnings.ShouldBe([DocumentText.OcrWarning]);
        foreach (var word in new[] { "Kommunstyrelsen", "beslutar", "budgeten", "uppdrag", "2025-03-12" }) document.Text.ShouldContain(word);
    }

    [Fact]
    public void Refuses_a_scan_in_swedish_when_ocr_is_not_installed() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(Scan(Minutes), "skannad.pdf",
                new ReadingLimits { Ocr = new OcrTools(Tesseract: "tesseract-som-inte-finns") }, default))
            .Message.ShouldBe("skannad.pdf: dokumentet är en skannad bild utan text, och OCR (tesseract med svenska) finns inte installerat på servern");

    /// <summary>
    /// A request that ends (a browser closed, a client timed out) stops the reading: the program rendering or reading
    /// the page is killed, not left to run its two minutes, and the caller hears it was cancelled, not that the
    /// document cannot be read. The stand-in program says it is installed, then waits as a slow page would.
    /// </summary>
    [Fact]
    public async Task Stops_when_the_caller_gives_up_and_kills_the_program_reading_the_page()
    {
        // The stand-in is a shell script, as OCR's programs are on the servers this runs on.
        if (OperatingSystem.IsWindows()) return;
        var directory = Directory.CreateTempSubdirectory("decisions-test-slow-ocr-");
        try
        {
            var pidFile = Path.Combine(directory.FullName, "pid");
            var program = Path.Combine(directory.FullName, "langsam-ocr");
            await File.WriteAllTextAsync(program, $"#!/bin/sh\ncase \"$1\" in -v) exit 0;; --list-langs) echo swe; exit 0;; esac\necho $$ > '{pidFile}.tmp'\nmv '{pidFile}.tmp' '{pidFile}'\nexec sleep 120\n");
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var scan = Scan(Minutes);
            using var cancel = new CancellationTokenSource();
            var reading = Task.Run(() => DocumentText.Decode(scan, "skannad.pdf", new ReadingLimits { Ocr = new OcrTools(program, program) }, cancel.Token));
            SpinWait.SpinUntil(() => File.Exists(pidFile), TimeSpan.FromSeconds(30)).ShouldBeTrue("the stand-in program never started");
            var pid = int.Parse(await File.ReadAllTextAsync(pidFile));

            var clock = Stopwatch.StartNew();
            await cancel.CancelAsync();
            var stopped = await Should.ThrowAsync<Exception>(reading);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
            stopped.ShouldBeAssignableTo<OperationCanceledException>();
            Should.Throw<ArgumentException>(() => Process.GetProcessById(pid), "the page's program still runs");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_preview_for_a_request_already_ended_is_not_read() =>
        Should.Throw<OperationCanceledException>(() => Importer.Preview(Scan(Minutes), "skannad.pdf", new CancellationToken(canceled: true)));

    [Fact]
    public void Reads_a_scanned_page_among_text_pages_and_says_which_page_it_was()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddPng(Render(TestPdf.Pages([new Placed("Justerandes signatur Anna Andersson", 60, 760, 14)])), new PdfRectangle(0, 0, 595, 842));
        var scannedLast = new PdfDocumentBuilder();
        using var withText = UglyToad.PdfPig.PdfDocument.Open(TestPdf.Lines(["§ 1 Öppnande", "Ordföranden öppnar mötet."]));
        using var scanned = UglyToad.PdfPig.PdfDocument.Open(builder.Build());
        scannedLast.AddPage(withText, 1);
        scannedLast.AddPage(scanned, 1);

        var document = DocumentText.Decode(scannedLast.Build(), "blandad.pdf");

        document.Encoding.ShouldBe("pdf");
        document.Text.Split('\f')[0].ShouldStartWith("§ 1 Öppnande\nOrdföranden öppnar mötet.");
        document.Text.Split('\f')[1].ShouldContain("Andersson");
        document.Warnings.ShouldBe(["sidan 2 är en skannad bild och lästes med OCR; texten där är maskinläst och kan innehålla fel"]);
    }
}
