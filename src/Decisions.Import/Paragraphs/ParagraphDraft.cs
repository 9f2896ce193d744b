namespace Decisions.Import;

/// <summary>One § (or a whole report) as the splitter collected it: heading facts and its own lines.</summary>
internal sealed class ParagraphDraft(string? number, string? prefix, string? title, int firstLine, int? page)
{
    public string? Number { get; } = number;
    public string? Prefix { get; } = prefix;
    public string? Title { get; } = title;
    public int FirstLine { get; } = firstLine;
    public int? Page { get; } = page;
    /// <summary>A case number written on the heading line or just above it; one under the title is read with the lines.</summary>
    public string? CaseNumber { get; init; }
    /// <summary>The heading line ends in "Dnr" (or "Dnr KS"): the number starts the next line, after this prefix.</summary>
    public string? CaseNumberFollows { get; init; }
    /// <summary>The heading line as written, with the earlier §§ of the case some templates put beside the number.</summary>
    public string? HeadingText { get; init; }
    public List<SourceLine> Lines { get; } = [];
    public int LastLine => Lines.LastOrDefault(l => l.Text.Length > 0) is { Text.Length: > 0 } last ? last.Number : FirstLine;
}

/// <summary>What the whole document knows that a paragraph needs.</summary>
internal sealed record DocumentContext(DocumentKind Kind, string? Body, DateOnly? Reference)
{
    public ClauseContext Clauses => new(Kind, Reference);
}
