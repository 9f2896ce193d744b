using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using JasperFx.Events;
using Marten;

namespace Decisions.Shared;

/// <summary>
/// The one rule for what a view may show of items under sekretess (DOMAIN.md: hidden from public views, kept in the
/// log). A public view shows nothing of a confidential decision or assignment: not its title, not its clauses (an
/// assignment's task is a clause of the decision that gave it), not a line in a timeline, not a count, and not what it
/// left in other streams (the § in its meeting, its place and title in its case). Every read path asks this, so pages,
/// API, exports and feeds inherit it. A reader who may see confidential items gets <see cref="Everything"/>.
/// </summary>
public sealed class Secrecy
{
    Secrecy(IReadOnlySet<string> decisions, IReadOnlySet<string> assignments, bool showsConfidential) =>
        (Decisions, Assignments, ShowsConfidential) = (decisions, assignments, showsConfidential);

    /// <summary>For a reader whose role may see confidential items (their views are logged elsewhere).</summary>
    public static readonly Secrecy Everything = new(new HashSet<string>(), new HashSet<string>(), true);

    public IReadOnlySet<string> Decisions { get; }
    public IReadOnlySet<string> Assignments { get; }
    public bool ShowsConfidential { get; }

    /// <param name="maySeeConfidential">False for the public; true for a role allowed to see confidential items.</param>
    public static async Task<Secrecy> LoadAsync(IQuerySession session, bool maySeeConfidential, CancellationToken ct)
    {
        if (maySeeConfidential) return Everything;
        var decisions = await session.Query<DecisionRecord>().Where(x => x.Confidential).Select(x => x.Id).ToListAsync(ct);
        var assignments = await session.Query<AssignmentHistory>().Where(x => x.Confidential).Select(x => x.Id).ToListAsync(ct);
        return new(decisions.ToHashSet(StringComparer.Ordinal), assignments.ToHashSet(StringComparer.Ordinal), false);
    }

    /// <summary>The public's view, for the read paths that are not told otherwise.</summary>
    public static Task<Secrecy> PublicAsync(IQuerySession session, CancellationToken ct) => LoadAsync(session, false, ct);

    public bool HidesDecision(string decisionId) => Decisions.Contains(decisionId);

    public bool HidesAssignment(string assignmentId) => Assignments.Contains(assignmentId);

    /// <summary>
    /// Confidential itself, or given by a confidential decision (its task is one of that decision's clauses): read
    /// from the decision too, not only from the mark a reaction puts on the assignment, so a log in which the mark
    /// is missing (written before the reaction, or by a path without it) still shows nothing.
    /// </summary>
    public bool HidesAssignment(AssignmentState assignment) =>
        !ShowsConfidential && (assignment.Confidential || Assignments.Contains(assignment.Id) || Decisions.Contains(assignment.Given.DecisionId));

    /// <summary>The same rule on a stored history, before it is unfolded: it keeps the assignment's mark and its decision.</summary>
    public bool HidesAssignment(AssignmentHistory history) => HidesAssignment(history.Id, history.Confidential, history.DecisionId);

    /// <summary>The same rule on the fields of a history a list reads instead of the whole of it.</summary>
    public bool HidesAssignment(string assignmentId, bool confidential, string decisionId) =>
        !ShowsConfidential && (confidential || Assignments.Contains(assignmentId) || Decisions.Contains(decisionId));

    /// <summary>
    /// A public assignment as the public may see it: a report given at a confidential decision, and the id of a
    /// confidential decision that closed it, would tell that the decision exists, so they are left out (the closing
    /// itself shows).
    /// </summary>
    public AssignmentState Assignment(AssignmentState assignment) =>
        ShowsConfidential || Decisions.Count == 0 ? assignment : assignment with
        {
            ClosedBy = assignment.ClosedBy is { } closedBy && HidesDecision(closedBy) ? null : assignment.ClosedBy,
            ReportBacks = [.. assignment.ReportBacks.Where(r => !HidesDecision(r.At))],
        };

    /// <summary>Every state of an assignment's business-date timeline as the reader may see it.</summary>
    public IReadOnlyList<Stood<AssignmentState>> Timeline(IReadOnlyList<Stood<AssignmentState>> timeline) =>
        ShowsConfidential || Decisions.Count == 0 ? timeline : [.. timeline.Select(t => t with { State = t.State is null ? null : Assignment(t.State) })];

    /// <summary>The same for every state of an assignment's history, and for the lines of its log that tell of them.</summary>
    public AssignmentStory History(AssignmentStory history)
    {
        if (ShowsConfidential || Decisions.Count == 0) return history;
        var hiddenReports = history.State.ReportBacks.Where(r => HidesDecision(r.At)).Select(r => r.Summary).ToHashSet();
        var hiddenClosing = history.State.ClosedBy is { } closedBy && HidesDecision(closedBy);
        return history with
        {
            State = Assignment(history.State),
            Timeline = Timeline(history.Timeline),
            Overdue = [.. history.Overdue.Select(o => o with { State = Assignment(o.State) })],
            Entries = [.. history.Entries.Where(e => !(e.Kind == nameof(AssignmentClosed) && hiddenClosing)
                && !(e.Kind == nameof(ReportBackReceived) && hiddenReports.Any(summary => e.Description.EndsWith(": " + summary, StringComparison.Ordinal))))],
        };
    }

    /// <summary>The stream itself is confidential, or is where a confidential decision's citations wait.</summary>
    public bool HidesStream(string streamId) =>
        Decisions.Contains(streamId) || Assignments.Contains(streamId)
        || (streamId.EndsWith("/citations", StringComparison.Ordinal) && Decisions.Contains(streamId[..^"/citations".Length]));

    /// <summary>An event in a visible stream can still tell of a hidden decision: its place in a case, its § in the meeting.</summary>
    public bool Hides(IEvent e) => HidesStream(e.StreamKey!) || e.Data switch
    {
        DecisionRecordedInCase d => HidesDecision(d.DecisionId),
        ParagraphRecorded p => HidesDecision(StreamIds.Decision(p.MeetingId, p.Paragraph.Number)),
        ParagraphAdjustedImmediately p => HidesDecision(StreamIds.Decision(p.MeetingId, p.Paragraph)),
        _ => false,
    };

    /// <summary>A public decision's clauses without those that give a confidential assignment.</summary>
    public IReadOnlyList<string> Clauses(string decisionId, IReadOnlyList<string> clauses) =>
        Assignments.Count == 0 ? clauses : [.. clauses.Where((_, i) => !Assignments.Contains(StreamIds.Assignment(decisionId, i + 1)))];

    public DecisionDetails Details(string decisionId, DecisionDetails details) =>
        details with { Clauses = Clauses(decisionId, details.Clauses) };

    /// <summary>The case without its confidential decisions, nor the title and first day they gave it; null when nothing else is known of it.</summary>
    public CaseState? Case(CaseState? @case) => @case?.Without(Decisions);

    /// <summary>A meeting's §§ without those whose decision is confidential: a title and a case number would tell.</summary>
    public IReadOnlyList<Paragraph> Paragraphs(string meetingId, IReadOnlyList<Paragraph> paragraphs) =>
        [.. paragraphs.Where(p => !HidesDecision(StreamIds.Decision(meetingId, p.Number)))];
}
