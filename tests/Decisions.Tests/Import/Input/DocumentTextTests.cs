using System.Text;
using Decisions.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Decisions.Tests.Import.Input;

public class Decoding_a_document
{
    static readonly string Utf8Json = PreviewJson.ToJson(Fixture.Preview(Fixture.AuMinutes2023));
    static readonly string Text = Fixture.Text(Fixture.AuMinutes2023);

    static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static TheoryData<string> Encodings => ["windows-1252", "utf-16le", "utf-16be", "utf-8-bom", "utf-8-crlf"];

    static byte[] Encode(string encoding) => encoding switch
    {
        "windows-1252" => Windows1252().GetBytes(Text),
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)],
        _ => Encoding.UTF8.GetBytes(Text.Replace("\n", "\r\n")),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Gives_the_same_preview_in_any_supported_encoding(string encoding)
    {
        var document = DocumentText.Decode(Encode(encoding), Fixture.AuMinutes2023);
        PreviewJson.ToJson(ProtocolParser.Parse(document)).ShouldBe(Utf8Json);
    }

    [Fact]
    public void Tells_which_encoding_it_detected()
    {
        DocumentText.Decode(Encode("windows-1252"), "x.txt").Encoding.ShouldBe("windows-1252");
        DocumentText.Decode(Encode("utf-16le"), "x.txt").Encoding.ShouldBe("utf-16le");
        DocumentText.Decode(Fixture.Bytes(Fixture.AuMinutes2023), "x.txt").Encoding.ShouldBe("utf-8");
    }

    [Fact]
    public void Rejects_an_empty_file_naming_it() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode([], "tomt.txt")).Message.ShouldBe("tomt.txt: filen är tom");

    [Fact]
    public void Rejects_a_file_of_white_space() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode("  \r\n\t "u8.ToArray(), "blank.txt")).FileName.ShouldBe("blank.txt");

    [Fact]
    public void Rejects_a_binary_file_with_nul_bytes() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode([0x41, 0x42, 0x00, 0x00, 0x41], "data.bin"))
            .Message.ShouldContain("binär");

    [Fact]
    public void Rejects_a_binary_file_of_control_characters() =>
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray(), "bild.bin"))
            .Message.ShouldContain("styrtecken");

    [Fact]
    public void Refuses_a_50_mb_file_before_decoding_it()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(bytes, "stor.txt")).Message.ShouldBe("stor.txt: filen är 50 MB; gränsen är 20 MB");
    }

    [Fact]
    public void Reads_the_text_layer_of_a_pdf_page_by_page()
    {
        var document = DocumentText.Decode(Pdf(
            ["Protokoll", "Organ Kommunstyrelsen", "Tid 2025-01-20", "§ 1 Val av justerare"],
            ["§ 2 Information", "Informationen noteras."]), "protokoll.pdf");

        document.Encoding.ShouldBe("pdf");
        document.PageCount.ShouldBe(2);
        var preview = ProtocolParser.Parse(document);
        preview.Body.ShouldBe("Kommunstyrelsen");
        preview.Paragraphs.Select(p => (p.Number, p.Page)).ShouldBe([("1", (int?)1), ("2", 2)]);
        preview.Paragraphs[1].Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Noted);
    }

    [Fact]
    public void Rejects_a_pdf_with_neither_text_nor_images()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 200, 100);
        Should.Throw<DocumentRejected>(() => DocumentText.Decode(builder.Build(), "tom.pdf"))
            .Message.ShouldBe("tom.pdf: PDF-filen har inget textlager och ingen bild att läsa text ur");
    }

    static byte[] Pdf(params string[][] pages) => TestPdf.Lines(pages);
}
