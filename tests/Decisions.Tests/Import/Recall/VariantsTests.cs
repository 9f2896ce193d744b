using System.IO.Compression;
using Decisions.Benchmarks.Recall;
using Decisions.Import;

namespace Decisions.Tests.Import.Recall;

public class The_recall_variants
{
    const string Text = """
        Organ: Barn- och utbildningsnämnden
        Tid: 2024-06-11, kl 13:00–16:30

        § 31 Återrapportering av uppdrag
        Nämnden beslutar att uppdra åt förvaltningsledningen att utreda organisationen av elevhälsan
        """;

    [Fact]
    public void Flatten_each_page_into_one_line_with_single_spaces()
    {
        Variants.Flattened(Text).ShouldBe("Organ: Barn- och utbildningsnämnden Tid: 2024-06-11, kl 13:00–16:30 § 31 Återrapportering av uppdrag Nämnden beslutar att uppdra åt förvaltningsledningen att utreda organisationen av elevhälsan");
        Variants.Flattened("a\nb\fc\nd").ShouldBe("a b\n\fc d");
    }

    [Fact]
    public void Hyphenate_long_words_at_the_end_of_a_narrow_column_without_losing_a_word()
    {
        var hyphenated = Variants.Hyphenated(Text, width: 40);

        hyphenated.Split('\n').ShouldAllBe(l => l.Length <= 41);
        hyphenated.ShouldContain("åt förvaltn-\ningsledningen");
        FactMatcher.Words(hyphenated.Replace('\n', ' ')).ShouldBe(FactMatcher.Words(Text.Replace('\n', ' ')));
    }

    [Fact]
    public void Repeat_the_organ_date_page_number_and_signature_footer_on_every_page()
    {
        var furnished = Variants.PageFurniture(Text, "Barn- och utbildningsnämnden", "2024-06-11", lines: 3);

        var pages = furnished.Split('\f');
        pages.Length.ShouldBe(2);
        pages[1].ShouldStartWith("Barn- och utbildningsnämnden\n2024-06-11");
        pages[1].ShouldContain("Sida 2 (2)");
        pages.ShouldAllBe(p => p.TrimEnd().EndsWith("Justerandes sign                    Utdragsbestyrkande"));
    }

    [Fact]
    public void Lay_a_pdf_out_that_the_document_reader_reads_back_with_its_swedish_letters()
    {
        var text = DocumentText.Decode(Variants.Pdf(Text), "x.pdf").Text;

        text.ShouldContain("Barn- och utbildningsnämnden");
        text.ShouldContain("§ 31 Återrapportering av uppdrag");
        text.ShouldContain("13:00–16:30");
    }

    [Fact]
    public void Word_documents_hold_the_text_they_were_made_from_with_the_head_as_a_table()
    {
        using var zip = new ZipArchive(new MemoryStream(Variants.Word(Text)));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();

        xml.ShouldContain("<w:tbl>");
        xml.ShouldContain(">Barn- och utbildningsnämnden<");
        xml.ShouldContain("§ 31 Återrapportering av uppdrag");
    }
}
