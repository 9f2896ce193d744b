using Decisions.Benchmarks.Recall;

namespace Decisions.Tests.Import.Recall;

public class The_fact_matcher
{
    static Fact Expected(string line) => FactsFile.Parse("kind: protokoll\n" + line, "x.facts")[1];

    static Fact Found(string key, params string[] fields) => new(FactKey.Named(key), fields, "found");

    [Fact]
    public void Compares_names_ignoring_case_repeated_white_space_and_a_trailing_dot()
    {
        FactMatcher.Matches(Expected("place: Kommunhuset, sal Ljusnan"), Found("place", "kommunhuset,  SAL ljusnan.")).ShouldBeTrue();
        FactMatcher.Matches(Expected("place: Kommunhuset, sal Ljusnan"), Found("place", "Kommunhuset")).ShouldBeFalse();
    }

    [Fact]
    public void Takes_an_empty_expected_field_to_mean_none()
    {
        FactMatcher.Matches(Expected("serving: Anna Stark | M"), Found("serving", "Anna Stark", "M", "", "")).ShouldBeTrue();
        FactMatcher.Matches(Expected("serving: Anna Stark | M"), Found("serving", "Anna Stark", "M", "Anna Nordqvist", "")).ShouldBeFalse();
    }

    [Fact]
    public void Finds_words_contained_in_the_clause_with_a_hyphen_at_a_line_break_rejoined()
    {
        var expected = Expected("decision: 4 | beslut | uppdra åt ledningskontoret att utreda");
        FactMatcher.Matches(expected, Found("decision", "4", "beslut", "att uppdra åt lednings- kontoret att utreda frågan")).ShouldBeTrue();
        FactMatcher.Matches(expected, Found("decision", "4", "beslut", "uppdra åt kontoret att utreda")).ShouldBeFalse();
        FactMatcher.Matches(expected, Found("decision", "5", "beslut", "uppdra åt ledningskontoret att utreda")).ShouldBeFalse();
        // The clause marker is not one of the clause's words.
        FactMatcher.Matches(Expected("decision: 4 | noterat | att informationen noteras"), Found("decision", "4", "noterat", "Informationen noteras.")).ShouldBeTrue();
        // A hyphen before a conjunction is the word's own: "Barn- och" is never rejoined.
        FactMatcher.Matches(Expected("proposal: | | Barn- och utbildningsnämnden godkänner"), Found("proposal", "", "", "Barn- och utbildningsnämnden godkänner planen")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("meeting", "meeting", true)]
    [InlineData("meeting", "meeting 2024-09-30", true)]
    [InlineData("meeting 2024-09", "meeting 2024-09-30", true)]
    [InlineData("meeting 2024-09", "meeting 2024-10-31", false)]
    [InlineData("meeting 2024-09", "meeting", false)]
    [InlineData("date 2025-04-30", "date 2025-04-30", true)]
    [InlineData("date 2025-04-30", "date 2025-04-29", false)]
    [InlineData("period 2026-03-31", "period 2026-03-31", true)]
    [InlineData("period", "period 2026-12-31", true)]
    [InlineData("recurring", "period", false)]
    [InlineData("", "none", true)]
    [InlineData("none", "meeting", false)]
    public void Compares_a_due_by_kind_always_and_by_its_bound_when_written(string expected, string found, bool matches) =>
        FactMatcher.FieldMatches(FieldKind.Due, expected, found).ShouldBe(matches);

    [Fact]
    public void Compares_paragraph_lists_as_sets_of_numbers()
    {
        FactMatcher.Matches(Expected("other: Peter Hansson | ekonomichef | 26-28"), Found("other", "Peter Hansson", "ekonomichef", "26, 27, 28")).ShouldBeTrue();
        FactMatcher.Matches(Expected("other: Peter Hansson | ekonomichef | 26-28"), Found("other", "Peter Hansson", "ekonomichef", "")).ShouldBeFalse();
    }

    [Fact]
    public void Pairs_each_fact_at_most_once_and_as_many_as_can_be()
    {
        // "en plan" would also take the longer clause; a greedy pairing in file order then leaves the precise fact unmatched.
        var expected = new[] { Expected("decision: 4 | beslut | anta en plan"), Expected("decision: 4 | beslut | anta en plan för skolan") };
        var found = new[] { Found("decision", "4", "beslut", "att anta en plan för skolan"), Found("decision", "4", "beslut", "att anta en plan") };

        var pairs = FactMatcher.Pair(expected, found);

        pairs.Count.ShouldBe(2);
        pairs.Single(p => p.Expected == expected[1]).Found.ShouldBe(found[0]);
        FactMatcher.Pair(expected, [found[0]]).Count.ShouldBe(1);
    }
}
