namespace Decisions.Benchmarks.Recall;

/// <summary>The five groups the measurement reports separately, as the corpus README lists them.</summary>
public enum FactCategory { Head, Attendance, Paragraphs, Decisions, Assignments }

/// <summary>How a field is read and compared (corpus README, "Comparisons").</summary>
public enum FieldKind
{
    /// <summary>A person, body, title, place or assignee: case, repeated white space and a trailing '.' ignored.</summary>
    Name,
    /// <summary>A case number (Dnr), compared as a name.</summary>
    CaseNumber,
    /// <summary>A paragraph number as written ("54", "63/20"), compared as a name.</summary>
    Paragraph,
    /// <summary>A run of a clause's own words the found text must contain; never empty.</summary>
    Words,
    Date,
    Time,
    /// <summary>A vote count; empty means 0.</summary>
    Count,
    /// <summary>"130-133, 135": the paragraphs an official attended; empty means the whole meeting.</summary>
    ParagraphList,
    /// <summary>"date 2025-12-31", "meeting 2026-09", "period", "recurring", "none" …</summary>
    Due,
    /// <summary>One word of a closed set (<see cref="FieldSpec.Choices"/>).</summary>
    Choice,
}

public sealed record FieldSpec(string Name, FieldKind Kind, bool Required = false, IReadOnlyList<string>? Choices = null);

/// <summary>One key of the facts file, with its fields in the order the line writes them.</summary>
public sealed record FactKey(string Name, FactCategory Category, IReadOnlyList<FieldSpec> Fields)
{
    static FieldSpec Para => new("§", FieldKind.Paragraph);
    static FieldSpec Person => new("name", FieldKind.Name, Required: true);
    static FieldSpec Party => new("party", FieldKind.Name);
    /// <summary>A reservation or motion may be a party group's, with no person named.</summary>
    static FieldSpec Member => new("name", FieldKind.Name);

    static FactKey Head(string name, FieldSpec field) => new(name, FactCategory.Head, [field with { Required = true }]);

    public static readonly IReadOnlyList<string> Kinds = ["protokoll", "utdrag", "skrivelse", "ej-protokoll"];
    public static readonly IReadOnlyList<string> DecisionKinds = ["beslut", "noterat", "återremiss", "bordlagt"];
    public static readonly IReadOnlyList<string> Completion = ["partial", "complete"];

    /// <summary>The "kind" value of a document the parser must refuse; nothing else is expected of it.</summary>
    public const string NotAProtocol = "ej-protokoll";

    public static readonly IReadOnlyList<FactKey> All =
    [
        Head("kind", new("kind", FieldKind.Choice, Choices: Kinds)),
        Head("body", new("body", FieldKind.Name)),
        Head("date", new("date", FieldKind.Date)),
        Head("start", new("start", FieldKind.Time)),
        Head("end", new("end", FieldKind.Time)),
        Head("place", new("place", FieldKind.Name)),
        Head("adjuster", new("name", FieldKind.Name)),
        Head("adjust-latest", new("date", FieldKind.Date)),
        Head("adjusted", new("date", FieldKind.Date)),
        Head("posted", new("date", FieldKind.Date)),
        Head("taken-down", new("date", FieldKind.Date)),

        new("serving", FactCategory.Attendance, [Person, Party, new("serves for", FieldKind.Name), new("role", FieldKind.Name)]),
        new("substitute", FactCategory.Attendance, [Person, Party]),
        new("other", FactCategory.Attendance, [Person, new("role", FieldKind.Name), new("paragraphs", FieldKind.ParagraphList)]),

        new("paragraph", FactCategory.Paragraphs, [Para, new("title", FieldKind.Name), new("case", FieldKind.CaseNumber)]),

        new("decision", FactCategory.Decisions, [Para, new("kind", FieldKind.Choice, true, DecisionKinds), new("words", FieldKind.Words, true)]),
        new("proposal", FactCategory.Decisions, [Para, new("to", FieldKind.Name), new("words", FieldKind.Words, true)]),
        new("vote", FactCategory.Decisions, [Para, new("yes", FieldKind.Count), new("no", FieldKind.Count), new("abstained", FieldKind.Count)]),
        new("reservation", FactCategory.Decisions, [Para, Member, Party]),
        new("disqualified", FactCategory.Decisions, [Para, Member, Party]),
        new("note", FactCategory.Decisions, [Para, new("words", FieldKind.Words, true)]),
        new("motion", FactCategory.Decisions, [Para, Member, Party]),
        new("report-status", FactCategory.Decisions, [Para, new("status", FieldKind.Choice, true, Completion)]),

        new("assignment", FactCategory.Assignments, [Para, new("assignee", FieldKind.Name), new("words", FieldKind.Words, true), new("due", FieldKind.Due)]),
        new("report-back", FactCategory.Assignments, [Para, new("cited date", FieldKind.Date), new("cited §", FieldKind.Paragraph), new("cited case", FieldKind.CaseNumber), new("status", FieldKind.Choice, true, Completion)]),
        new("deadline-change", FactCategory.Assignments, [Para, new("cited date", FieldKind.Date), new("cited §", FieldKind.Paragraph), new("cited case", FieldKind.CaseNumber), new("new due", FieldKind.Due, true)]),
    ];

    static readonly Dictionary<string, FactKey> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static FactKey? Find(string name) => ByName.GetValueOrDefault(name);

    public static FactKey Named(string name) => ByName[name];
}

/// <summary>
/// One fact: a key and its fields, as a facts file writes them or as read off a preview. <paramref name="Origin"/> says where
/// it came from ("a/ks.facts:12" for an expected fact, the paragraph for a found one), for the list of misses.
/// </summary>
public sealed record Fact(FactKey Key, IReadOnlyList<string> Fields, string Origin)
{
    public FactCategory Category => Key.Category;

    public string Field(int index) => index < Fields.Count ? Fields[index] : "";

    /// <summary>Fields that say something: the more a fact says, the earlier it is matched.</summary>
    public int Specificity => Fields.Count(f => f.Length > 0);

    /// <summary>The fact as a facts-file line, trailing empty fields left out.</summary>
    public override string ToString()
    {
        var count = Fields.Count;
        while (count > 1 && Fields[count - 1].Length == 0) count--;
        return $"{Key.Name}: {string.Join(" | ", Fields.Take(count))}";
    }
}
