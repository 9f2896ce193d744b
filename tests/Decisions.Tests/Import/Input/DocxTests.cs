using System.IO.Compression;
using Decisions.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decisions.Tests.Import.Input;

public class Reading_a_word_document
{
    static Paragraph Line(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    static Paragraph ListItem(string text, int list) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list })),
            new Run(new Text(text)));

    static TableCell Cell(params string[] lines) => new([.. lines.Select(Line)]);

    static byte[] Docx(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "\uF0B7" }) { LevelIndex = 0 }) { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Line("SIDHUVUD SOM INTE ÄR TEXT"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Line("Sida 1 (2)"));
            main.Document = new Document(new Body([.. body,
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })]));
        }
        return stream.ToArray();
    }

    [Fact]
    public void Reads_paragraphs_head_tables_lists_and_page_breaks_as_a_person_sees_them()
    {
        var document = DocumentText.Decode(Docx(
            Line("Protokoll"),
            new Table(
                new TableRow(Cell("Sammanträdesdatum"), Cell("2025-03-12")),
                new TableRow(Cell("Plats och tid"), Cell("Kommunhuset, kl. 13.00–16.30")),
                new TableRow(Cell("Beslutande"), Cell("Anna Andersson (S)", "Bo Berg (M)"))),
            Line("§ 1 Budget 2026"),
            ListItem("Kommunstyrelsen godkänner budgeten.", 1),
            ListItem("Kommundirektören får i uppdrag att återkomma.", 1),
            ListItem("en punkt i en punktlista", 2),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            Line("§ 2 Nästa sida")), "protokoll.docx");

        document.Encoding.ShouldBe("docx");
        document.PageCount.ShouldBe(2);
        document.Text.ShouldBe(
            "Protokoll\nSammanträdesdatum\t2025-03-12\nPlats och tid\tKommunhuset, kl. 13.00–16.30\nBeslutande\tAnna Andersson (S)\n\tBo Berg (M)\n" +
            "§ 1 Budget 2026\n1. Kommunstyrelsen godkänner budgeten.\n2. Kommundirektören får i uppdrag att återkomma.\n• en punkt i en punktlista\n" +
            "\f§ 2 Nästa sida");
    }

    [Fact]
    public void Starts_a_new_page_at_a_section_break_but_not_at_a_continuous_one()
    {
        var next = new Paragraph(new ParagraphProperties(new SectionProperties(new SectionType { Val = SectionMarkValues.NextPage })), new Run(new Text("Före")));
        var continuous = new Paragraph(new ParagraphProperties(new SectionProperties(new SectionType { Val = SectionMarkValues.Continuous })), new Run(new Text("Efter")));
        DocumentText.Decode(Docx(next, continuous, Line("Sist")), "sektioner.docx").Text.ShouldBe("Före\n\fEfter\nSist");
    }

    [Fact]
    public void Leaves_out_deleted_text_and_keeps_inserted_text() =>
        DocumentText.Decode(Docx(new Paragraph(
                new Run(new Text("att ") { Space = SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("avslå"))),
                new InsertedRun(new Run(new Text("bifalla"))),
                new Run(new Text(" motionen") { Space = SpaceProcessingModeValues.Preserve }))), "ändringar.docx")
            .Text.ShouldBe("att bifalla motionen");

    [Fact]
    public void Refuses_a_document_whose_xml_unpacks_beyond_the_limit() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(Docx(Line(new string('a', 600_000))), "stor.docx",
                new ReadingLimits { MaxStreamBytes = 1024 * 1024 }, default))
            .Message.ShouldBe("stor.docx: Word-dokumentets innehåll är större än 524288 tecken XML; filen läses inte");

    [Fact]
    public void Refuses_a_damaged_word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) writer.Write("<w:document xmlns:w=");
        }
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(stream.ToArray(), "trasig.docx"))
            .Message.ShouldBe("trasig.docx: Word-dokumentet är skadat och kan inte läsas");
    }

    [Fact]
    public void Refuses_an_old_binary_word_document_naming_the_format() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "gammal.doc"))
            .Message.ShouldBe("gammal.doc: filen är ett äldre Word- eller Office-dokument (.doc/.xls, binärt format) som inte kan läsas; spara den som .docx eller PDF");

    [Fact]
    public void Refuses_a_spreadsheet_an_image_and_rtf_naming_each()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
        }
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(stream.ToArray(), "lista.xlsx")).Message.ShouldContain("Excel");
        Should.Throw<DocumentRejected>(() => DocumentText.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], "bild.png")).Message.ShouldContain("en bild");
        Should.Throw<DocumentRejected>(() => DocumentText.Decode("{\\rtf1\\ansi Protokoll}"u8.ToArray(), "protokoll.rtf")).Message.ShouldContain("RTF");
    }
}
