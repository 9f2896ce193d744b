namespace Decisions.Import;

/// <summary>
/// Bounds on what one document may yield, far above any real protocol (a KF year runs to some 200 §§), so a damaged or
/// hostile file cannot turn into tens of thousands of facts: a 1 MB line of "att … samt att" is cut at its first
/// clauses with a warning, and a document of more paragraphs than any minutes hold is refused.
/// </summary>
internal static class Limits
{
    public const int Paragraphs = 1_000;
    public const int ClausesPerParagraph = 200;
    public const int AssignmentsPerDocument = 1_000;

    public static string TooManyParagraphs(int count) =>
        $"dokumentet har {count} paragrafer; gränsen är {Paragraphs} per dokument – dela upp det";

    public static string TooManyClauses(string? paragraph) =>
        $"{(paragraph is null ? "texten" : $"§ {paragraph}")} har fler än {ClausesPerParagraph} beslutssatser; de följande lästes inte";

    public const string TooManyAssignments = "dokumentet ger fler än 1 000 uppdrag; de följande lästes inte";
}
