using Decisions.Benchmarks.Recall;
using Decisions.Import;

namespace Decisions.Tests.Import.Recall;

public class The_recall_score
{
    static readonly DocumentPreview Minutes = new()
    {
        Source = "x.txt",
        DocumentKind = DocumentKind.Protocol,
        Body = "Kommunstyrelsen",
        MeetingDate = new DateOnly(2025, 3, 12),
        Serving = [new ServingMember("Eva Berg", "S", null, "ordförande"), new ServingMember("Paragrafer", null, null)],
        Paragraphs =
        [
            new ParagraphPreview
            {
                Number = "12", Title = "Budget", CaseNumber = "KS 2025/0040",
                Decisions = [new DecisionPreview("att anta budgeten för 2026", DecisionKind.Decision, 20)],
                Assignments = [new AssignmentPreview("kommundirektören", "redovisa utfallet", new DuePreview(DueKind.Meeting, null, "i september", new DateOnly(2025, 9, 30)), 21)],
                Proposals = [new ProposalPreview("fullmäktige antar budgeten", "Kommunfullmäktige", [new AssignmentPreview("KS", "följa upp", DuePreview.None, 22)], 22)],
            },
        ],
    };

    const string Facts = """
        kind: protokoll
        body: Kommunstyrelsen
        date: 2025-03-12
        place: Stadshuset
        serving: Eva Berg | S | | ordförande
        paragraph: 12 | Budget | KS 2025/0040
        decision: 12 | beslut | anta budgeten för 2026
        assignment: 12 | kommundirektören | redovisa utfallet | meeting 2025-09
        proposal: 12 | Kommunfullmäktige | fullmäktige antar budgeten
        """;

    [Fact]
    public void Turns_a_preview_into_one_fact_per_value_and_clause_leaving_out_what_it_does_not_hold()
    {
        var found = PreviewFacts.From(Minutes).Select(f => f.ToString()).ToList();

        found.ShouldBe(
        [
            "kind: protokoll", "body: Kommunstyrelsen", "date: 2025-03-12",
            "serving: Eva Berg | S |  | ordförande", "serving: Paragrafer",
            "paragraph: 12 | Budget | KS 2025/0040", "decision: 12 | beslut | att anta budgeten för 2026",
            "proposal: 12 | Kommunfullmäktige | fullmäktige antar budgeten",
            // The assignment inside the proposal to fullmäktige is part of that proposal, not a fact of its own.
            "assignment: 12 | kommundirektören | redovisa utfallet | meeting 2025-09-30",
        ]);
    }

    [Fact]
    public void Counts_per_category_and_lists_the_miss_and_the_invention()
    {
        var score = RecallScore.Score("x.txt", FactsFile.Parse(Facts, "x.facts"), PreviewFacts.From(Minutes));

        var head = score.Categories.Single(c => c.Category == FactCategory.Head);
        (head.Expected, head.Found, head.Matched).ShouldBe((4, 3, 3));
        var attendance = score.Categories.Single(c => c.Category == FactCategory.Attendance);
        attendance.Recall.ShouldBe(1);
        attendance.Precision.ShouldBe(0.5);
        score.Misses.Select(m => m.Expected.ToString()).ShouldBe(["place: Stadshuset"]);
        score.Inventions.Select(f => f.ToString()).ShouldBe(["serving: Paragrafer"]);
        score.Total.Recall.ShouldBe(8.0 / 9);
    }

    [Fact]
    public void Shows_beside_a_miss_the_found_fact_of_the_same_paragraph_that_came_closest()
    {
        var expected = FactsFile.Parse("kind: protokoll\nassignment: 12 | kommundirektören | redovisa utfallet | date 2025-09-30", "x.facts");

        var miss = RecallScore.Score("x.txt", expected, PreviewFacts.From(Minutes)).Misses.ShouldHaveSingleItem();

        miss.Nearest!.ToString().ShouldBe("assignment: 12 | kommundirektören | redovisa utfallet | meeting 2025-09-30");
    }

    [Fact]
    public void Scores_a_refusal_as_the_one_fact_of_a_non_protocol_and_as_losing_every_fact_of_a_protocol()
    {
        var refused = new DocumentPreview { Source = "brev.txt", DocumentKind = DocumentKind.Extract, Refusal = "hittade inga paragrafer – är det här ett protokoll?" };

        RecallScore.Score("brev.txt", FactsFile.Parse("kind: ej-protokoll", "brev.facts"), PreviewFacts.From(refused)).Total.Recall.ShouldBe(1);
        RecallScore.Score("brev.txt", FactsFile.Parse("kind: ej-protokoll", "brev.facts"), PreviewFacts.From(Minutes)).Total.Precision.ShouldBe(0);
        RecallScore.Score("x.txt", FactsFile.Parse(Facts, "x.facts"), PreviewFacts.From(refused)).Total.Matched.ShouldBe(0);
    }
}
