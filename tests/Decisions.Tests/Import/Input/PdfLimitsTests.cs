using Decisions.Benchmarks.Measurements;
using Decisions.Import;

namespace Decisions.Tests.Import.Input;

/// <summary>Hostile and broken PDFs are refused with the page they went wrong on; timings are the benchmark's business.</summary>
public class Reading_a_pdf_within_limits
{
    [Fact]
    public void Refuses_a_small_file_whose_text_operators_unpack_to_17_mb()
    {
        var pdf = HostilePdf.RepeatedText(700_000);
        pdf.Length.ShouldBeLessThan(64 * 1024);
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(pdf, "bomb.pdf"))
            .Message.ShouldBe("bomb.pdf: sidan 1 innehåller mer än 100000 tecken text, mer än en sida rymmer; filen läses inte");
    }

    [Fact]
    public void Refuses_a_page_that_draws_one_form_a_hundred_thousand_times() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(HostilePdf.RepeatedForm(100_000), "former.pdf"))
            .Message.ShouldStartWith("former.pdf: sidan 1 innehåller mer än");

    [Fact]
    public void Refuses_a_stream_that_unpacks_beyond_the_limit_before_holding_it() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(HostilePdf.InflatingStream(40), "ström.pdf"))
            .Message.ShouldBe("ström.pdf: sidan 1 innehåller en komprimerad ström som packas upp till mer än 32 MB; filen läses inte");

    static byte[] ThreePages() => TestPdf.Lines(
        [.. Enumerable.Range(1, 30).Select(i => $"Rad {i} på första sidan med lite text")],
        [.. Enumerable.Range(1, 30).Select(i => $"Rad {i} på andra sidan med lite text")],
        [.. Enumerable.Range(1, 30).Select(i => $"Rad {i} på tredje sidan med lite text")]);

    [Fact]
    public void Stops_at_the_text_budget_of_the_document_naming_the_page() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(ThreePages(), "lång.pdf", new ReadingLimits { MaxCharacters = 2_000 }, default))
            .Message.ShouldBe("lång.pdf: texten är längre än 2000 tecken (gränsen nåddes på sidan 2); dela upp dokumentet");

    [Fact]
    public void Refuses_more_pages_than_the_limit() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(ThreePages(), "sidor.pdf", new ReadingLimits { MaxPages = 2 }, default))
            .Message.ShouldBe("sidor.pdf: PDF-filen har 3 sidor; gränsen är 2");

    /// <summary>A reading its caller gave up on is cancelled, not a verdict that the document cannot be read.</summary>
    [Fact]
    public void Stops_when_cancelled() =>
        Should.Throw<OperationCanceledException>(() => DocumentText.Decode(ThreePages(), "avbruten.pdf", ReadingLimits.Default, new CancellationToken(canceled: true)));

    [Fact]
    public void Stops_when_the_time_is_up() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(ThreePages(), "långsam.pdf", new ReadingLimits { Timeout = TimeSpan.Zero }, default))
            .Message.ShouldStartWith("långsam.pdf: läsningen tog längre tid än 0 sekunder och avbröts");

    [Fact]
    public void Calls_a_truncated_file_damaged_not_a_scan()
    {
        var pdf = ThreePages();
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(pdf[..(pdf.Length / 2)], "avkortad.pdf"))
            .Message.ShouldBe("avkortad.pdf: PDF-filen är skadad och kan inte läsas");
    }

    [Fact]
    public void Calls_garbage_after_the_header_damaged()
    {
        var garbage = new byte[4000];
        new Random(7).NextBytes(garbage);
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. garbage, .. "\n%%EOF\n"u8];
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(pdf, "skräp.pdf")).Message.ShouldStartWith("skräp.pdf: PDF-filen är skadad och kan inte läsas");
    }

    [Fact]
    public void Calls_a_header_with_nothing_after_it_damaged() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode("%PDF-1.7\nnot really"u8.ToArray(), "trasig.pdf"))
            .Message.ShouldBe("trasig.pdf: PDF-filen är skadad och kan inte läsas");
}
