using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_citation_reader
{
    [Fact]
    public void Gives_each_paragraph_the_case_number_nearest_to_it()
    {
        var (cited, warning) = CitationReader.Citations(
            "Vid sitt sammanträde 18 april 2023 gav hälso- och sjukvårdsnämnden uppdrag (HSN/5/2023), §45 och (HSN/570/2023), §46.", 1, null, null);
        warning.ShouldBeNull();
        cited.Select(c => (c.Paragraph, c.CaseNumber)).ShouldBe([("45", "HSN/5/2023"), ("46", "HSN/570/2023")]);
        cited.ShouldAllBe(c => c.Body == "Hälso- och sjukvårdsnämnden" && c.Date == new DateOnly(2023, 4, 18));
    }

    [Fact]
    public void Warns_about_a_citation_without_a_date() =>
        CitationReader.Citations("Uppdraget gavs i § 12.", 3, null, "Kommunstyrelsen").Warning.ShouldNotBeNull().Line.ShouldBe(3);

    [Theory]
    [InlineData("Nämnden godkänner redovisningen.", true, false)]
    [InlineData("Uppdraget är därmed slutfört.", true, false)]
    [InlineData("Förvaltningen redogör för aktuellt läge.", false, true)]
    public void Tells_a_complete_report_from_a_partial_one(string sentence, bool complete, bool partial)
    {
        CitationReader.Completes(sentence).ShouldBe(complete);
        CitationReader.Partial(sentence).ShouldBe(partial);
    }

    [Fact]
    public void Reads_the_new_time_of_an_extension()
    {
        CitationReader.Extension("Tiden för uppdraget förlängs till 2025-11-30.", 1, null).NewDue.ShouldNotBeNull().Date.ShouldBe(new DateOnly(2025, 11, 30));
        CitationReader.Extension("Tiden för uppdraget förlängs.", 1, null).Warning.ShouldNotBeNull();
    }
}

public class The_proceedings_reader
{
    [Fact]
    public void Reads_a_vote_with_abstentions() =>
        ProceedingsReader.Read("Omröstningen ger 31 ja-röster mot 18 nej-röster, 2 ledamöter avstår.", 5, false).Vote.ShouldBe(new VotePreview(31, 18, 2, 5));

    [Fact]
    public void Reads_who_reserves_and_who_is_disqualified()
    {
        ProceedingsReader.Read("Johan Ek (M) reserverar sig mot beslutet.", 1, false).Reservations.ShouldBe([new NamedPerson("Johan Ek", "M")]);
        ProceedingsReader.Read("Per Nyström (S) anmäler jäv och deltar inte.", 1, false).Disqualified.ShouldBe([new NamedPerson("Per Nyström", "S")]);
    }

    [Fact]
    public void Reads_a_motion_and_a_note()
    {
        var read = ProceedingsReader.Read("Maria Lund (S) yrkar bifall till motionen.", 1, false);
        read.Motion.ShouldNotBeNull().Name.ShouldBe("Maria Lund");
        ProceedingsReader.Read("Protokollsanteckning: Vi vill se mer.", 1, false).Note.ShouldBe("Vi vill se mer.");
        ProceedingsReader.Read("Protokollsanteckning: Vi vill se mer.", 1, inNotes: true).Note.ShouldBeNull();
    }
}

public class Section_headings
{
    [Theory]
    [InlineData("Beslut", "Decision")]
    [InlineData("Kommunstyrelsens beslut:", "Decision")]
    [InlineData("Regiondirektörens förslag till beslut", "Proposal")]
    [InlineData("Ärendebeskrivning", "Background")]
    [InlineData("Protokollsanteckningar", "Notes")]
    [InlineData("Beslutet skickas till", "Ignored")]
    public void Name_their_section(string line, string section) => SectionHeadings.Of(line).ToString().ShouldBe(section);

    [Fact]
    public void Are_not_found_in_prose() => SectionHeadings.Of("Nämnden fattar beslut om budgeten i juni.").ShouldBeNull();
}
