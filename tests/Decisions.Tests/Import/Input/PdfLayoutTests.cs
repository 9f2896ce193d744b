using System.Text.RegularExpressions;
using Decisions.Import;

namespace Decisions.Tests.Import.Input;

public partial class Reading_a_pdf_by_word_position
{
    static string Read(params Placed[][] pages) => DocumentText.Decode(TestPdf.Pages(pages), "protokoll.pdf").Text;

    static string ReadPage(params Placed[] texts) => Read(texts);

    [Fact]
    public void Keeps_a_two_column_head_as_label_and_value_on_one_line()
    {
        var text = ReadPage([
            new("Plats och tid", 50, 700), new("Kommunhuset, 13.00–16.30", 200, 700),
            new("Beslutande", 50, 684), new("Anna Andersson (S), ordförande", 200, 684), new("Bo Berg (M)", 200, 670),
        ]);
        text.ShouldBe("Plats och tid\tKommunhuset, 13.00–16.30\nBeslutande\tAnna Andersson (S), ordförande\n\tBo Berg (M)");
    }

    [Fact]
    public void Joins_a_label_and_a_value_set_a_little_higher_or_lower_in_another_size()
    {
        var text = ReadPage([new("Sammanträdesdatum", 50, 700, 9), new("2025-03-12", 200, 698.5, 12), new("Paragrafer", 50, 684, 9), new("§§ 1–14", 200, 685, 12)]);
        text.ShouldBe("Sammanträdesdatum\t2025-03-12\nParagrafer\t§§ 1–14");
    }

    [Fact]
    public void Reads_top_to_bottom_and_left_to_right_whatever_order_the_file_draws_in()
    {
        var text = ReadPage([new("beslutar", 141, 684), new("Tredje raden", 50, 668), new("Kommunstyrelsen", 50, 684), new("§ 12 Budget", 50, 700)]);
        text.ShouldBe("§ 12 Budget\nKommunstyrelsen beslutar\nTredje raden");
    }

    [Fact]
    public void Puts_one_space_between_words_drawn_one_by_one() =>
        // Helvetica's widths at 11 points: "Nämnden" is 0.722 + 0.556 + 0.833 + 4 × 0.556 em, and so on.
        DocumentText.Decode(TestPdf.WordByWord(("Nämnden", 47.7), ("uppdrar", 37.9), ("åt", 9.2), ("förvaltningen", 63.0)), "ord.pdf").Text
            .ShouldBe("Nämnden uppdrar åt förvaltningen");

    [Fact]
    public void Reads_text_set_up_the_margin_in_its_own_direction_at_the_foot_of_the_page() =>
        ReadPage([new("§ 1 Öppnande", 50, 700), new("Justerandes", 570, 300, 8, Up: true), new("signatur", 570, 350, 8, Up: true), new("Ordföranden öppnar mötet.", 50, 686)])
            .ShouldBe("§ 1 Öppnande\nOrdföranden öppnar mötet.\n\n\nJusterandes signatur");

    [Fact]
    public void Keeps_a_paragraph_break_as_an_empty_line()
    {
        ReadPage([new("§ 3 Val av justerare", 50, 700), new("Beslut", 50, 670), new("Anna Andersson utses.", 50, 656)])
            .ShouldBe("§ 3 Val av justerare\n\nBeslut\nAnna Andersson utses.");
    }

    [Fact]
    public void Removes_running_heads_and_feet_after_the_first_page_even_when_the_page_number_differs()
    {
        Placed[] Page(int n, string body) =>
        [
            new("KOMMUNSTYRELSEN", 50, 800), new("SAMMANTRÄDESPROTOKOLL", 350, 800),
            new("Sammanträdesdatum 2025-03-12", 350, 786),
            new(body, 50, 700),
            new("Justerandes sign", 50, 40), new("Utdragsbestyrkande", 250, 40), new($"Sida {n} (3)", 480, 40),
        ];
        var pages = Read(Page(1, "§ 1 Öppnande"), Page(2, "§ 2 Budget"), Page(3, "§ 3 Avslutning")).Split('\f');

        pages.Length.ShouldBe(3);
        // Space of many lines between head, text and foot is at most two empty lines.
        pages[0].ShouldBe("KOMMUNSTYRELSEN\tSAMMANTRÄDESPROTOKOLL\n\tSammanträdesdatum 2025-03-12\n\n\n§ 1 Öppnande\n\n\nJusterandes sign\tUtdragsbestyrkande\tSida 1 (3)\n");
        pages[1].ShouldBe("§ 2 Budget\n");
        pages[2].ShouldBe("§ 3 Avslutning");
    }

    [Fact]
    public void Keeps_a_paragraph_heading_or_dnr_that_opens_several_pages_at_the_same_height_since_its_number_does_not_count_pages()
    {
        Placed[] Page(int n, string dnr, string heading) =>
            [new($"Sida {n} (3)", 480, 800), new(dnr, 50, 780), new(heading, 50, 766), new("Text.", 50, 700)];
        var pages = Read(Page(1, "Dnr KS 2016/0311", "§ 58"), Page(2, "Dnr KS 2016/0142", "§ 59"), Page(3, "Dnr KS 2016/0020", "§ 61")).Split('\f');

        pages[1].ShouldBe("Dnr KS 2016/0142\n§ 59\n\n\nText.\n");
        pages[2].ShouldStartWith("Dnr KS 2016/0020\n§ 61");
    }

    [Fact]
    public void Keeps_a_heading_that_opens_several_pages_at_different_heights()
    {
        Placed[] first = [new("Beslut", 50, 800), new("Ett", 50, 700)], second = [new("Beslut", 50, 760), new("Två", 50, 700)];
        var pages = Read(first, second).Split('\f');
        pages[1].ShouldStartWith("Beslut");
    }

    public static TheoryData<string> Fixtures => [.. Fixture.All];

    /// <summary>
    /// The text fixtures set as a PDF printer would set them give the same preview as the text itself, but for the
    /// line numbers: a PDF cannot hold the empty lines a text file starts with, and more than two in a row are two.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Gives_the_same_preview_as_the_text_the_pdf_was_made_from(string name)
    {
        var fromPdf = DocumentText.Decode(TestPdf.OneTallPage(Fixture.Text(name)), name);
        WithoutLineNumbers(ProtocolParser.Parse(fromPdf)).ShouldBe(WithoutLineNumbers(Fixture.Preview(name)));
    }

    static string WithoutLineNumbers(DocumentPreview preview) => LineNumber().Replace(PreviewJson.ToJson(preview), "");

    [GeneratedRegex("\"(line|firstLine|lastLine)\": \\d+")]
    private static partial Regex LineNumber();
}
