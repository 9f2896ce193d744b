namespace Decisions.Import;

/// <summary>
/// What the importer read from one document, before anything is recorded: a person checks it, then
/// it becomes events. Every list is empty rather than null so a reviewer sees "none found".
/// </summary>
public sealed record DocumentPreview
{
    public required string Source { get; init; }
    public required DocumentKind DocumentKind { get; init; }
    public string? Body { get; init; }
    public string? Title { get; init; }
    /// <summary>The document's own case number (a report's Dnr); paragraphs carry their own.</summary>
    public string? CaseNumber { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public TimeOnly? MeetingStart { get; init; }
    public TimeOnly? MeetingEnd { get; init; }
    public string? Place { get; init; }
    public DateOnly? DocumentDate { get; init; }
    public IReadOnlyList<string> AdjustedBy { get; init; } = [];
    /// <summary>"Protokollet ska vara justerat senast den 13 december 2023".</summary>
    public DateOnly? AdjustLatest { get; init; }
    public DateOnly? AdjustedOn { get; init; }
    public DateOnly? PostedOn { get; init; }
    public DateOnly? TakenDownOn { get; init; }
    /// <summary>Computed from <see cref="PostedOn"/> with the legal clock, never read from the text.</summary>
    public DateOnly? AppealEndsOn { get; init; }
    public IReadOnlyList<ServingMember> Serving { get; init; } = [];
    public IReadOnlyList<Attendee> PresentSubstitutes { get; init; } = [];
    public IReadOnlyList<OtherAttendee> Others { get; init; } = [];
    public IReadOnlyList<ParagraphPreview> Paragraphs { get; init; } = [];
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
    /// <summary>
    /// Why the document cannot be read as minutes, an extract or a report, in plain Swedish ("hittade inga
    /// paragrafer – är det här ett protokoll?"); when set, nothing may be recorded from it.
    /// </summary>
    public string? Refusal { get; init; }
    /// <summary>
    /// The facts the parser inferred rather than read beside a label or under a heading, by their path in this preview
    /// ("body", "meetingDate", "documentKind"), each with why. Most facts stand beside a label and are as sure as the
    /// text; a short list of the guesses, rather than a confidence on every record, leaves the records as they are and
    /// tells the reviewer exactly which facts to check.
    /// </summary>
    public IReadOnlyList<GuessedFact> Guesses { get; init; } = [];
}

/// <summary>A fact the parser guessed: its path in the preview, and why it is not sure (in Swedish, for the reviewer).</summary>
public sealed record GuessedFact(string Path, string Why);

public enum DocumentKind { Protocol, Extract, OfficialReport }

public sealed record ServingMember(string Name, string? Party, string? ServesFor, string? Role = null);

public sealed record Attendee(string Name, string? Party);

/// <summary>An official; <see cref="Paragraphs"/> null means present for the whole meeting.</summary>
public sealed record OtherAttendee(string Name, string? Role, IReadOnlyList<int>? Paragraphs);

public sealed record ParagraphPreview
{
    /// <summary>As written ("26", "64/20"); null for a report, which is one undivided matter.</summary>
    public string? Number { get; init; }
    /// <summary>The body abbreviation some minutes put before the sign ("KF § 42").</summary>
    public string? BodyPrefix { get; init; }
    public string? Title { get; init; }
    public string? CaseNumber { get; init; }
    public int FirstLine { get; init; }
    public int LastLine { get; init; }
    /// <summary>1-based PDF page of the first line; null when the text carried no page breaks.</summary>
    public int? Page { get; init; }
    /// <summary>"Paragrafen är justerad": adjusted at the meeting (omedelbar justering).</summary>
    public bool AdjustedImmediately { get; init; }
    /// <summary>
    /// Whether the paragraph reads as a report on earlier work: "partial" ("aktuellt läge",
    /// "informationen noteras") or "complete" ("godkänner redovisningen"), even when it cites
    /// no decision and so yields no <see cref="ReportsBack"/> entry.
    /// </summary>
    public ReportStatus? ReportStatus { get; init; }
    public IReadOnlyList<DecisionPreview> Decisions { get; init; } = [];
    public IReadOnlyList<ProposalPreview> Proposals { get; init; } = [];
    public IReadOnlyList<AssignmentPreview> Assignments { get; init; } = [];
    public IReadOnlyList<ReportBackPreview> ReportsBack { get; init; } = [];
    public IReadOnlyList<DeadlineChangePreview> DeadlineChanges { get; init; } = [];
    public IReadOnlyList<MotionPreview> Motions { get; init; } = [];
    public IReadOnlyList<NamedPerson> Reservations { get; init; } = [];
    public IReadOnlyList<VotePreview> Votes { get; init; } = [];
    public IReadOnlyList<NamedPerson> Disqualified { get; init; } = [];
    /// <summary>Protokollsanteckningar, verbatim.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public enum ReportStatus { Partial, Complete }

public enum DecisionKind { Decision, Proposal, Noted, SentBack, Postponed }

public sealed record DecisionPreview(string Text, DecisionKind Kind, int Line);

/// <summary>A proposed decision: from a report, or from one body (an AU) to another (<see cref="To"/>).</summary>
public sealed record ProposalPreview(string Text, string? To, IReadOnlyList<AssignmentPreview> Assignments, int Line)
{
    public DecisionKind Kind => DecisionKind.Proposal;
}

public sealed record AssignmentPreview(string? Assignee, string Task, DuePreview Due, int Line);

public enum DueKind { Date, Meeting, Month, Period, Recurring, None }

/// <summary>
/// When an assignment is due. <see cref="Latest"/> is the last day the words can mean (end of the
/// named month for "vid nämndens sammanträde i september"); null when nothing bounds it yet.
/// </summary>
public sealed record DuePreview(DueKind Kind, DateOnly? Date, string? Text, DateOnly? Latest)
{
    public static readonly DuePreview None = new(DueKind.None, null, null, null);
}

/// <summary>A decision cited by body, date, paragraph and case, any of which the text may leave out.</summary>
public sealed record DecisionReference(string? Body, DateOnly? Date, string? Paragraph, string? CaseNumber);

/// <summary>
/// <see cref="Completes"/> is true when the document delivers the full report asked for ("godkänner
/// redovisningen", "uppdraget är därmed slutfört"); a report still to be decided upon counts, because
/// what closes the assignment is the decision on this very text.
/// </summary>
public sealed record ReportBackPreview(DecisionReference RefersTo, bool Completes, int Line);

public sealed record DeadlineChangePreview(DecisionReference RefersTo, DuePreview NewDue, int Line);

public sealed record MotionPreview(string? Name, string? Party, string Text, int Line);

public sealed record NamedPerson(string Name, string? Party);

public sealed record VotePreview(int Yes, int No, int Abstained, int Line);

/// <summary>Something the parser could not read with confidence; line is null for the whole document.</summary>
public sealed record ParseWarning(int? Line, string Message);
