using Decisions.Import;

namespace Decisions.Tests.Import.Readers;

public class The_prefilter_before_a_pattern
{
    [Theory]
    [InlineData("Ledamoten RESERVERAR sig")]
    [InlineData("med 31 röster mot 18")]
    [InlineData("MED 31 RÖSTER MOT 18")]
    public void Lets_through_a_word_in_any_case_and_a_word_with_å_ä_ö_by_its_ascii_part(string text) =>
        new Prefilter("reserver", "röster").MayMatch(text).ShouldBeTrue();

    [Fact]
    public void Keeps_out_a_text_without_the_words() =>
        new Prefilter("reserver", "röster", "jäv").MayMatch("Informationen noteras.").ShouldBeFalse();

    [Fact]
    public void Lets_through_a_word_too_short_in_ascii_by_the_word_itself()
    {
        var filter = new Prefilter("jäv");
        filter.MayMatch("anmäler JÄV i ärendet").ShouldBeTrue();
        filter.MayMatch("anmäler javisst").ShouldBeFalse();
    }

    [Fact]
    public void Lets_through_the_kelvin_sign_which_the_regex_engine_reads_as_k() =>
        new Prefilter("yrka").MayMatch("Anna Ek (S) yr\u212Aar bifall").ShouldBeTrue();

    /// <summary>A word added to the fact pattern and not to its prefilter would never be read: each alternative must pass.</summary>
    [Fact]
    public void Before_the_fact_words_lets_through_every_alternative_of_the_pattern()
    {
        foreach (var alternative in ParagraphReader.FactWords().ToString().Split('|'))
        {
            var sample = "Det " + alternative.Replace(@"\d", "3").Replace(@"\s+", " ").Replace(@"\b", "") + " här.";
            ParagraphReader.FactWords().IsMatch(sample).ShouldBeTrue(sample);
            ParagraphReader.MayHoldFacts(sample).ShouldBeTrue(sample);
            ParagraphReader.MayHoldFacts(sample.ToUpperInvariant()).ShouldBeTrue(sample);
        }
    }
}
