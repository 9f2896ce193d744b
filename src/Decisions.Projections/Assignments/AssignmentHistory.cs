using System.Text.Json.Serialization;
using Decisions.Events;
using Decisions.History;
using Decisions.Shared;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Decisions.Assignments;

/// <summary>
/// An assignment's read model as stored: the fields its lists filter on, the bounds of the days on which it was overdue
/// (so that "overdue on day D" is an index lookup and not a replay, see <see cref="OverdueReport"/>), and its stream's
/// events with who recorded them when. It keeps what changed, not a whole state per business date: a reader unfolds it
/// (<see cref="Read"/>) into its state on every business date, its overdue periods and its log, with the domain's own
/// fold, which for an assignment's handful of events costs less than reading those states would.
/// </summary>
/// <param name="DecisionId">The decision that gave it, so a reader can apply that decision's sekretess without unfolding it.</param>
/// <param name="CaseId">The case it was given in, normalised as in stream ids.</param>
/// <param name="OverdueFrom">The first overdue day, null if it never was: with <paramref name="OverdueUntil"/> the bounds the index covers.</param>
/// <param name="OverdueUntil">The day after the last overdue day, null if it still is.</param>
/// <param name="OverdueSpans">
/// The days it was overdue with what the overdue lists show of them (<see cref="OverdueSpan"/>), so that those lists read
/// a few small fields and neither the events nor a fold.
/// </param>
public sealed record AssignmentHistory(
    string Id, string DecisionId, string GivingBodyId, string? CaseId, string Assignee, AssignmentStatus Status, bool Confidential,
    DateOnly GivenOn, DateOnly? OverdueFrom, DateOnly? OverdueUntil, IReadOnlyList<OverdueSpan> OverdueSpans, IReadOnlyList<AssignmentChange> Changes)
{
    /// <summary>The history with <paramref name="e"/> added; null while the stream has not begun (no assignment given yet).</summary>
    public static AssignmentHistory? Next(AssignmentHistory? history, IEvent e)
    {
        IReadOnlyList<AssignmentChange> changes = [.. history?.Changes ?? [], AssignmentChange.Of(e)];
        var timeline = Unfold(changes);
        if (timeline[^1].State is not { } state) return history;
        var overdue = Deadlines.OverduePeriods(timeline);
        return new(
            state.Id, state.Given.DecisionId, state.Given.GivingBodyId, state.Given.CaseNumber is { } caseNumber ? StreamIds.Case(caseNumber) : null,
            state.Assignee, state.Status, state.Confidential, state.Given.OccurredOn,
            overdue.FirstOrDefault()?.From, overdue.LastOrDefault()?.Until, [.. overdue.Select(OverdueSpan.Of)], changes);
    }

    /// <summary>How the assignment stood on every business date (<see cref="Shared.Timeline"/>); the last state is its state now, every event applied.</summary>
    static IReadOnlyList<Stood<AssignmentState>> Unfold(IReadOnlyList<AssignmentChange> changes) =>
        changes.Aggregate(Shared.Timeline.Empty<AssignmentState>(), (timeline, change) => Shared.Timeline.Next(timeline, change.Event));

    /// <summary>How it stood on every business date, for a reader that needs neither its log nor its overdue periods.</summary>
    public IReadOnlyList<Stood<AssignmentState>> Timeline() => Unfold(Changes);

    /// <summary>The days it was overdue, each with the state it stood in: what the overdue lists need, without the log.</summary>
    public IReadOnlyList<OverduePeriod> Overdue() => Deadlines.OverduePeriods(Unfold(Changes));

    /// <summary>Its state now: every event applied in stream order.</summary>
    public AssignmentState Current() => Evolve.Fold<AssignmentState>(null, Changes.Select(c => (object)c.Event))!;

    public AssignmentStory Read()
    {
        var timeline = Unfold(Changes);
        return new(this, timeline[^1].State!, timeline, Deadlines.OverduePeriods(timeline), [.. Changes.Select(c => c.Entry(Id))]);
    }
}

/// <summary>
/// An overdue period (<see cref="OverduePeriod"/>) with what the overdue lists show of the state the assignment stood in
/// on its days: the assignee, the task, the due, the last partial report and the light, which is red on every overdue day
/// with a reason that depends on the state alone (<see cref="StatusLights.Of"/>).
/// </summary>
public sealed record OverdueSpan(
    DateOnly From, DateOnly? Until, string Assignee, string Task, string DueText, DateOnly EffectiveDue, ReportBack? LastPartialReport, StatusLight Light)
{
    public bool Covers(DateOnly day) => From <= day && (Until is null || day < Until);

    /// <summary>The reminder window only tells yellow from green, so none is needed for a day that is overdue.</summary>
    public static OverdueSpan Of(OverduePeriod period) => new(
        period.From, period.Until, period.State.Assignee, period.State.Task, period.State.Due.Text, period.State.Due.Effective!.Value,
        period.State.ReportBacks.LastOrDefault(r => r.Completeness == ReportCompleteness.Partial), StatusLights.Of(period.State, period.From, 0)!);
}

/// <summary>One event of an assignment's stream, and when and by whom it was recorded.</summary>
public sealed record AssignmentChange(
    [property: JsonConverter(typeof(EventJson<AssignmentState>))] IDomainEvent Event, DateTimeOffset RecordedAt, string? RecordedBy)
{
    public static AssignmentChange Of(IEvent e) => new((IDomainEvent)e.Data, LogEntry.AsStored(e), e.UserName);

    public LogEntry Entry(string stream) =>
        new(Event.OccurredOn, Event.GetType().Name, LogEntry.Describe(Event), stream, RecordedAt, RecordedBy);
}

/// <summary>
/// An assignment's history unfolded for reading: its state now, how it stood on every business date, the days it was
/// overdue (<see cref="Deadlines.OverduePeriods"/>: each with the state it stood in) and the lines of its log.
/// </summary>
public sealed record AssignmentStory(
    AssignmentHistory Stored, AssignmentState State, IReadOnlyList<Stood<AssignmentState>> Timeline, IReadOnlyList<OverduePeriod> Overdue,
    IReadOnlyList<LogEntry> Entries)
{
    public string Id => Stored.Id;
    public string GivingBodyId => Stored.GivingBodyId;
    public string? CaseId => Stored.CaseId;
    public AssignmentStatus Status => Stored.Status;
    public DateOnly GivenOn => Stored.GivenOn;
}

/// <summary>Every assignment event moves the history; the fold is the domain's own evolve.</summary>
public sealed partial class AssignmentHistoryProjection : SingleStreamProjection<AssignmentHistory, string>
{
    public AssignmentHistoryProjection()
    {
        foreach (var type in Shared.Evolve.EventTypes<AssignmentState>()) IncludeType(type);
    }

    public override AssignmentHistory? Evolve(AssignmentHistory? history, string id, IEvent e) => AssignmentHistory.Next(history, e);
}
