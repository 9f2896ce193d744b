using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_clause_reader
{
    static readonly ClauseContext Minutes = new(DocumentKind.Protocol, new DateOnly(2025, 3, 12));

    [Fact]
    public void Splits_att_clauses_and_names_the_body_that_decides()
    {
        var result = ClauseReader.Sentence("Kommunfullmäktige beslutar att bifalla motionen, samt att lägga svaret till handlingarna.", 4, null, Minutes);
        result.Decisions.Select(d => (d.Text, d.Kind)).ShouldBe([("bifalla motionen", DecisionKind.Decision), ("lägga svaret till handlingarna.", DecisionKind.Noted)]);
        result.Actor.ShouldBe("Kommunfullmäktige");
    }

    [Fact]
    public void Keeps_a_proposal_to_another_body_apart_from_the_bodys_own_decision()
    {
        var result = ClauseReader.Sentence("Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att regionstyrelsen fortsätter följa upp.", 1, null, Minutes);
        result.Decisions.ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Noted);
        var proposal = result.Proposals.ShouldHaveSingleItem();
        proposal.To.ShouldBe("Regionstyrelsen");
        result.AddressedBody.ShouldBe("Regionstyrelsen");
    }

    [Fact]
    public void Reads_prose_as_no_decision() =>
        ClauseReader.Sentence("Ekonomichefen redogör för läget.", 1, null, Minutes).Decisions.ShouldBeEmpty();

    [Theory]
    [InlineData("Ärendet återremitteras till förvaltningen.", DecisionKind.SentBack)]
    [InlineData("Ärendet bordläggs.", DecisionKind.Postponed)]
    [InlineData("Informationen noteras.", DecisionKind.Noted)]
    public void Reads_what_the_minutes_record_as_done(string sentence, DecisionKind kind) =>
        ClauseReader.Sentence(sentence, 1, null, Minutes).Decisions.ShouldHaveSingleItem().Kind.ShouldBe(kind);

    [Fact]
    public void Takes_a_list_item_under_a_heading_and_leaves_an_explanation()
    {
        ClauseReader.Listed("1. Godkänna budgeten", false, 1, false, null, Minutes).ShouldNotBeNull().Decisions.Single().Text.ShouldBe("Godkänna budgeten");
        ClauseReader.Listed("Förvaltningen har berett ärendet.", false, 1, false, null, Minutes).ShouldBeNull();
    }
}
