using Decisions.Import;

namespace Decisions.Tests.Import;

public class Documents_that_are_not_minutes
{
    [Theory]
    [InlineData("KALLELSE\nHälso- och sjukvårdsnämnden\n\nTid: Tisdag 21 oktober 2025 kl. 08.30\n\n§ 1 Val av justerare\n§ 2 Budget", "kallelse")]
    [InlineData("Pressmeddelande\nRegion Kustlandet\n\nRegionstyrelsen beslutade i dag att bygga ett sjukhus.", "pressmeddelande")]
    [InlineData("Föredragningslista\n1. Val av justerare\n2. Budget", "föredragningslista")]
    public void Are_refused_by_their_title(string text, string word)
    {
        var preview = ProtocolParser.Parse(text, "dokument.txt");
        preview.Refusal.ShouldNotBeNull().ShouldContain("inte ett protokoll");
        preview.Refusal.ShouldContain(word);
        preview.Paragraphs.ShouldBeEmpty();
    }

    [Fact]
    public void A_letter_that_decides_nothing_is_refused_not_read_as_an_extract()
    {
        var preview = ProtocolParser.Parse(
            "Hedemarks kommun\nKommunstyrelsen\n\n2024-05-13    Dnr KS 2024/0233\n\nAngående busslinje 312\n\nVi har tagit del av förslaget. Kommunen vill att regionen behåller turerna.\n\nMed vänlig hälsning\nAnna Ek",
            "brev.txt");
        preview.Refusal.ShouldBe(NotMinutes.NoHeadNoDecision);
        preview.Paragraphs.ShouldBeEmpty();
    }

    [Fact]
    public void A_page_of_figures_is_refused() =>
        ProtocolParser.Parse("Budget 2026\n\nNämnd   2025   2026\nRegionstyrelsen  -430,0  -441,5\nSumma  -430,0  -441,5", "budget.txt")
            .Refusal.ShouldNotBeNull();

    [Fact]
    public void Minutes_without_a_single_paragraph_are_refused_in_plain_swedish() =>
        ProtocolParser.Parse("Sammanträdesprotokoll\nOrgan Kommunstyrelsen\nTid 2024-03-12\nBeslutande Anna Ek (S)\n\nMötet öppnas.", "protokoll.txt")
            .Refusal.ShouldBe("hittade inga paragrafer – är det här ett protokoll?");

    [Fact]
    public void An_extract_without_a_head_that_decides_is_read_and_its_kind_flagged_as_a_guess()
    {
        var preview = Fixture.Preview(Fixture.BoardAuExtract);
        preview.Refusal.ShouldBeNull();
        preview.Paragraphs.ShouldHaveSingleItem().Decisions.ShouldNotBeEmpty();
        preview.Guesses.ShouldContain(g => g.Path == "documentKind");
    }

    [Fact]
    public void Says_in_swedish_which_head_facts_it_did_not_find()
    {
        var preview = ProtocolParser.Parse("Protokoll\n\n§ 1 Val av justerare\nAnna Ek utses att justera.", "protokoll.txt");
        preview.Refusal.ShouldBeNull();
        preview.Warnings.Select(w => w.Message).ShouldContain("hittade inget sammanträdesdatum");
        preview.Warnings.ShouldContain(w => w.Message.StartsWith("hittade inget organ"));
    }

    [Fact]
    public void Marks_a_value_read_without_its_label_as_a_guess()
    {
        var preview = ProtocolParser.Parse("Protokoll\nKommunstyrelsen\n2024-03-12\n\n§ 1 Val av justerare\nAnna Ek utses att justera.", "protokoll.txt");
        preview.Body.ShouldBe("Kommunstyrelsen");
        preview.Guesses.Select(g => g.Path).ShouldBe(["body", "meetingDate"], ignoreOrder: true);
    }
}

public class Limits_on_what_one_document_yields
{
    [Fact]
    public void A_runaway_clause_list_is_cut_with_a_warning()
    {
        var clauses = string.Concat(Enumerable.Range(0, 3_000).Select(i => $" samt att förvaltningen får i uppdrag att utreda fråga {i}"));
        var preview = ProtocolParser.Parse("Protokoll\nOrgan Kommunstyrelsen\nTid 2024-03-12\n\n§ 1 Uppdrag\nBeslut\nKommunstyrelsen beslutar att börja" + clauses, "lång.txt");
        var paragraph = preview.Paragraphs.ShouldHaveSingleItem();
        paragraph.Decisions.Count.ShouldBe(Limits.ClausesPerParagraph);
        paragraph.Assignments.Count.ShouldBeLessThanOrEqualTo(Limits.ClausesPerParagraph);
        preview.Warnings.ShouldContain(w => w.Message.Contains("fler än 200 beslutssatser"));
    }

    [Fact]
    public void A_document_of_more_paragraphs_than_any_minutes_is_refused()
    {
        var text = "Protokoll\nOrgan Kommunstyrelsen\nTid 2024-03-12\n\n" + string.Concat(Enumerable.Range(1, Limits.Paragraphs + 1).Select(i => $"§ {i} Ärende {i}\nInformationen noteras.\n\n"));
        ProtocolParser.Parse(text, "stor.txt").Refusal.ShouldNotBeNull().ShouldContain("gränsen är 1000");
    }
}
