using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_case_number_lines
{
    [Theory]
    [InlineData("Dnr 2005.014.623", "2005.014.623")]
    [InlineData("Diarienummer: KS 2025/0112", "KS 2025/0112")]
    [InlineData("(SN 2014/101)", "SN 2014/101")]
    [InlineData("KS 2025/0411", "KS 2025/0411")]
    public void Reads_a_case_number_standing_alone(string line, string number) => CaseNumberLines.Alone(line).ShouldBe(number);

    [Fact]
    public void Reads_no_case_number_from_prose() => CaseNumberLines.Alone("Dnr anges i bilaga 2.").ShouldBeNull();

    [Theory]
    [InlineData("Budget 2003 och flerårsplan 2004–2005     Dnr 2002.180", "Budget 2003 och flerårsplan 2004–2005", "2002.180")]
    [InlineData("Motion om rökfria entréer – Dnr RF 2013/0302", "Motion om rökfria entréer", "RF 2013/0302")]
    [InlineData("Dnr 2013/022", "", "2013/022")]
    [InlineData("Ks § 178 Au § 266 Taxa för sotning Dnr 2019/17", "Taxa för sotning", "2019/17")]
    [InlineData("Dnr 0012/14-200   DELGIVNINGAR                MBN 2014-04-03", "DELGIVNINGAR", "0012/14-200")]
    [InlineData("Dnr 0044/14-233 Bygglov för enbostadshus MBN 2014-04-03", "Bygglov för enbostadshus", "0044/14-233")]
    public void Takes_the_case_number_off_a_heading(string title, string rest, string number) =>
        CaseNumberLines.OfTitle(title).ShouldBe((rest, number, null));

    [Fact]
    public void Says_when_a_wrapped_heading_leaves_the_number_to_the_next_line()
    {
        CaseNumberLines.OfTitle("Ekonomisk uppföljning per oktober 2019 Dnr KS").ShouldBe(("Ekonomisk uppföljning per oktober 2019", null, "KS "));
        CaseNumberLines.AtStart("2019/0044)").ShouldBe("2019/0044");
    }
}

public class The_decided_sentences
{
    [Theory]
    [InlineData("Jenny Åkerlund (M) utses att jämte ordföranden justera protokollet.")]
    [InlineData("Dagordningen fastställs med den ändringen att § 93 behandlas före § 92.")]
    [InlineData("Medborgarförslaget bifalls.")]
    [InlineData("Kommunstyrelsen godkänner redovisningen.")]
    [InlineData("Tekniska nämnden ska återrapportera läget för vägar.")]
    public void Reads_a_decision_without_att(string sentence) => ClauseReader.Decided(sentence).ShouldBeTrue();

    [Theory]
    [InlineData("Stig Ek (FP) yrkar att ärendet återremitteras.")]
    [InlineData("Ordföranden ställer proposition på yrkandena och finner att förslaget bifalls.")]
    [InlineData("Ekonomiavdelningen redovisar utfallet efter april.")]
    public void Leaves_motions_and_prose(string sentence) => ClauseReader.Decided(sentence).ShouldBeFalse();

    [Theory]
    [InlineData("Kommunstyrelsen beslutar:", false, "Kommunstyrelsen")]
    [InlineData("KOMMUNSTYRELSEN BESLUTAR", false, "KOMMUNSTYRELSEN")]
    [InlineData("För egen del beslutar arbetsutskottet", false, null)]
    [InlineData("Kommunstyrelsen föreslår kommunfullmäktige besluta", true, "Kommunfullmäktige")]
    [InlineData("Arbetsutskottets förslag till regionstyrelsen", true, "Regionstyrelsen")]
    [InlineData("Regionstyrelsen beslutar föreslå regionfullmäktige", true, "Regionfullmäktige")]
    public void Reads_a_line_that_heads_the_clauses_below_it(string line, bool proposes, string? actor)
    {
        var intro = ClauseReader.Intro(line).ShouldNotBeNull();
        intro.Proposes.ShouldBe(proposes);
        intro.Actor.ShouldBe(actor);
    }

    [Theory]
    [InlineData("Förvaltningen föreslår att nämnden beslutar")]
    [InlineData("Revisorerna har granskat räkenskaperna och nämnden beslutar")]
    public void Takes_no_wrapped_prose_for_an_intro(string line) => ClauseReader.Intro(line).ShouldBeNull();

    [Fact]
    public void Splits_plain_sentences_under_a_heading_into_clauses() =>
        ClauseReader.Listed("Medborgarförslaget bifalls. Nämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen.", true, 1, false, null,
            new ClauseContext(DocumentKind.Protocol, new DateOnly(2025, 3, 12))).ShouldNotBeNull().Decisions.Count.ShouldBe(2);
}

public class The_proceedings_in_words
{
    [Theory]
    [InlineData("Ordförandens förslag vinner med 4 röster mot 1.", 4, 1, 0)]
    [InlineData("Kommunstyrelsens förslag får 13 röster och oppositionens förslag 7 röster.", 13, 7, 0)]
    [InlineData("Summa 6 3 2", 6, 3, 2)]
    public void Reads_a_vote_counted_in_words(string sentence, int yes, int no, int abstained) =>
        ProceedingsReader.Read(sentence, 1, false).Vote.ShouldBe(new VotePreview(yes, no, abstained, 1));

    [Fact]
    public void Reads_abstentions_told_in_a_sentence_of_their_own() =>
        ProceedingsReader.Read("En ledamot avstår från att rösta.", 1, false).Abstaining.ShouldBe(1);

    [Fact]
    public void Reads_people_with_parties_in_lower_case() =>
        ProceedingsReader.Read("Per Sundin (m) och Arne Fridh (fp) reserverar sig.", 1, false).Reservations
            .ShouldBe([new NamedPerson("Per Sundin", "m"), new NamedPerson("Arne Fridh", "fp")]);
}
