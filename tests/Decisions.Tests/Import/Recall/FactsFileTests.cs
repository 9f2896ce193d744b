using Decisions.Benchmarks.Recall;

namespace Decisions.Tests.Import.Recall;

public class A_facts_file
{
    [Fact]
    public void Reads_one_fact_a_line_skipping_comments_and_blank_lines_and_padding_left_out_fields()
    {
        var facts = FactsFile.Parse("""
            # a comment
            kind: protokoll

            serving: Anna Stark | M
            other: Lars Ek | förvaltningschef | 31-33, 35
            assignment: 34 | förvaltningschefen | redovisa lokalbehovet | meeting 2024-09
            """, "x.facts");

        facts.Select(f => f.Key.Name).ShouldBe(["kind", "serving", "other", "assignment"]);
        facts[1].Fields.ShouldBe(["Anna Stark", "M", "", ""]);
        facts[1].Origin.ShouldBe("x.facts:4");
        facts[3].Field(3).ShouldBe("meeting 2024-09");
    }

    [Theory]
    [InlineData("kind: protokoll\ndesicion: 4 | beslut | utse två justerare idag", "x.facts:2", "okänd nyckel \"desicion\"")]
    [InlineData("kind: protokoll\ndate: 2024-13-01", "x.facts:2", "\"2024-13-01\" är inget datum")]
    [InlineData("kind: protokoll\nstart: 9.00", "x.facts:2", "ingen tid")]
    [InlineData("kind: protokoll\nsubstitute: Eva | S | extra", "x.facts:2", "har 2 fält")]
    [InlineData("kind: protokoll\ndecision: 4 | beslut |", "x.facts:2", "\"words\" i \"decision\": får inte vara tomt")]
    [InlineData("kind: protokoll\ndecision: 4 | antaget | utse två justerare", "x.facts:2", "inte ett av beslut")]
    [InlineData("kind: protokoll\nassignment: 4 | KS | göra något snart | soon", "x.facts:2", "ingen förfallotid")]
    [InlineData("kind: protokoll\nassignment: 4 | KS | göra något snart | month", "x.facts:2", "ingen förfallotid")]
    [InlineData("kind: protokoll\nother: Eva Lind | chef | 40 och 42", "x.facts:2", "ingen lista av paragrafer")]
    [InlineData("kind: protokoll\nvote: 4 | många", "x.facts:2", "inget antal")]
    [InlineData("kind: protokoll\njust text", "x.facts:2", "saknar \"nyckel:\"")]
    [InlineData("kind: ej-protokoll\nbody: Kommunstyrelsen", "x.facts:2", "ej-protokoll har inga andra fakta")]
    [InlineData("body: Kommunstyrelsen", "x.facts", "0 rader \"kind:\"")]
    public void Refuses_a_line_it_cannot_read_naming_the_file_and_line(string text, string where, string why)
    {
        var error = Should.Throw<FactsFileException>(() => FactsFile.Parse(text, "x.facts"));
        error.Message.ShouldStartWith(where);
        error.Message.ShouldContain(why);
    }

    [Fact]
    public void Reads_a_paragraph_list_with_ranges_and_numbers_written_with_their_year()
    {
        FactsFile.ParseParagraphList("130-133, 135")!.Order().ShouldBe([130, 131, 132, 133, 135]);
        FactsFile.ParseParagraphList("19/24")!.ShouldBe([19]);
        FactsFile.ParseParagraphList("")!.ShouldBeEmpty();
        FactsFile.ParseParagraphList("§ 4").ShouldBeNull();
    }

    [Theory]
    [InlineData("date 2025-12-31", "date", "2025-12-31", false)]
    [InlineData("meeting", "meeting", null, false)]
    [InlineData("meeting 2026-09", "meeting", "2026-09-01", true)]
    [InlineData("period 2026-03-31", "period", "2026-03-31", false)]
    [InlineData("recurring", "recurring", null, false)]
    public void Reads_a_due_as_its_kind_and_the_bound_when_written(string text, string kind, string? bound, bool monthOnly) =>
        ExpectedDue.TryParse(text).ShouldBe(new ExpectedDue(kind, bound is null ? null : DateOnly.Parse(bound), monthOnly));
}
