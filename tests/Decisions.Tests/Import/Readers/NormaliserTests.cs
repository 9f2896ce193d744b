using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_text_normaliser
{
    static List<SourceLine> Lines(string text) => SourceLines.Read(text);
    static string[] Texts(IEnumerable<SourceLine> lines) => lines.Select(l => l.Text).ToArray();

    [Fact]
    public void Rejoins_a_word_hyphenated_at_a_line_end_and_keeps_the_lines_number()
    {
        var lines = Hyphenation.Rejoin(Lines("Nämnden uppdrar åt lednings-\nkontoret att utreda frågan.\nNästa rad"));
        Texts(lines).ShouldBe(["Nämnden uppdrar åt ledningskontoret att utreda frågan.", "Nästa rad"]);
        lines[1].Number.ShouldBe(3);
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_that_shares_its_last_part() =>
        Texts(Hyphenation.Rejoin(Lines("Organ Hälso-\noch sjukvårdsnämnden"))).ShouldBe(["Organ Hälso-", "och sjukvårdsnämnden"]);

    [Fact]
    public void Removes_page_numbers_signature_boxes_and_repeated_headers_but_keeps_the_first_header()
    {
        var text = "Kommunstyrelsen 2024-03-12\nSida 1 (2)\nOrgan Kommunstyrelsen\n§ 1 Val\nJusterandes sign    Utdragsbestyrkande\n\f" +
                   "Kommunstyrelsen 2024-03-12\nSida 2 (2)\n§ 2 Budget\nText.";
        Texts(PageFurniture.Remove(Lines(text))).ShouldBe(["Kommunstyrelsen 2024-03-12", "Organ Kommunstyrelsen", "§ 1 Val", "§ 2 Budget", "Text."]);
    }

    [Fact]
    public void Keeps_repeated_matter()
    {
        var text = string.Join("\n", Enumerable.Repeat("Beslut\nInformationen noteras.\nDnr KS 2024/12\n2024-03-12", 3));
        PageFurniture.Remove(Lines(text)).Count.ShouldBe(12);
    }

    [Fact]
    public void Cuts_a_flattened_page_back_into_labels_headings_and_clauses()
    {
        var page = "Organ Kommunstyrelsen Tid 2024-03-12 kl 09.00-11.00 Justerare Eva Berg (S) § 5 Budget 2025 Dnr KS 2024/12 " +
                   "Ärendebeskrivning Förvaltningen har tagit fram ett förslag enligt § 3 i reglementet. Beslut Kommunstyrelsen beslutar " +
                   "att anta budgeten, att uppdra åt kommundirektören att följa upp den. Sida 2 (9) Justerandes sign";
        var lines = TextNormaliser.Normalise(Lines(page));
        Texts(lines).ShouldBe([
            "Organ Kommunstyrelsen", "Tid 2024-03-12 kl 09.00-11.00", "Justerare Eva Berg (S)", "§ 5 Budget 2025", "Dnr KS 2024/12",
            "Ärendebeskrivning", "Förvaltningen har tagit fram ett förslag enligt § 3 i reglementet.", "Beslut",
            "Kommunstyrelsen beslutar", "att anta budgeten,", "att uppdra åt kommundirektören att följa upp den.", ""]);
        lines.ShouldAllBe(l => l.Number == 1);
    }

    [Fact]
    public void Cuts_a_flattened_page_at_the_kind_a_heading_trail_a_title_of_one_word_and_a_body_deciding()
    {
        var page = "TORNVIKS KOMMUN Överförmyndarnämnden PROTOKOLL fört vid nämndens sammanträde den 30 november 2010. " +
                   "Dessutom närvarande: Monica Fält, sekreterare § 21 Protokollsjustering Bertil Hjort utsågs att justera. " +
                   "Ks § 212 Au § 288 Dnr 05/Ks 0142 Delårsrapport Ekonomienheten redovisar. Kommunstyrelsen beslutar att godkänna rapporten. " +
                   string.Concat(Enumerable.Repeat("Text utan slut ", 20));
        Texts(LineCutter.Cut(Lines(page))).ShouldBe([
            "TORNVIKS KOMMUN Överförmyndarnämnden", "PROTOKOLL", "fört vid nämndens sammanträde den 30 november 2010.",
            "Dessutom närvarande: Monica Fält, sekreterare", "§ 21 Protokollsjustering", "", "Bertil Hjort utsågs att justera.",
            "Ks § 212 Au § 288", "Dnr 05/Ks 0142", "Delårsrapport", "", "Ekonomienheten redovisar.", "Kommunstyrelsen beslutar",
            "att godkänna rapporten. " + string.Concat(Enumerable.Repeat("Text utan slut ", 20)).Trim(), ""]);
    }

    [Fact]
    public void Leaves_a_document_that_kept_its_lines_alone()
    {
        var head = string.Concat(Enumerable.Range(1, 40).Select(i => $"Ledamot Nummer{i} (S)\n"));
        var lines = Lines(head + string.Join(" ", Enumerable.Repeat("En lång mening i prosa, att läsa. Beslut fattas senare.", 12)));
        LineCutter.Cut(lines).ShouldBeSameAs(lines);
    }
}
