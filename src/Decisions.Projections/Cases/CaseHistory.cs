using Decisions.Bodies;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Shared;
using JasperFx.Events;
using Marten;

namespace Decisions.Cases;

public sealed record CaseDecisionView(string Id, BodyRef Body, DateOnly Date, int Paragraph, string Title, DecisionKind Kind, IReadOnlyList<string> Clauses)
{
    public static CaseDecisionView Of(string id, DecisionDetails d, BodyDirectory bodies) =>
        new(id, bodies.Ref(d.BodyId), d.Date, d.Paragraph, d.Title, d.Kind, d.Clauses);

    public static IReadOnlyList<CaseDecisionView> InOrder(IEnumerable<CaseDecisionView> decisions) =>
        [.. decisions.OrderBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal)];
}

public sealed record CaseAssignmentView(
    string Id, string Assignee, string Task, string DueText, DateOnly? EffectiveDue, AssignmentStatus Status, int DaysOverdue, StatusLight? Light = null)
{
    public static IReadOnlyList<CaseAssignmentView> InOrder(IEnumerable<AssignmentState> assignments, DateOnly asOf, BodyDirectory bodies) =>
    [
        .. assignments.Select(a => new CaseAssignmentView(a.Id, a.Assignee, a.Task, a.Due.Text, a.Due.Effective, a.Status, Deadlines.DaysOverdue(a, asOf),
                StatusLights.Of(a, asOf, bodies.Window(a.Given.GivingBodyId))))
            .OrderBy(a => a.Id, StringComparer.Ordinal),
    ];
}

/// <param name="Title">Null when the case itself was not yet opened on that day, though decisions in it may have been taken.</param>
public sealed record CaseAsOf(
    string CaseNumber, string? Title, DateOnly AsOf, DateTimeOffset? RecordedAsOf, IReadOnlyList<FiledDocument> Documents,
    IReadOnlyList<CaseDecisionView> Decisions, IReadOnlyList<CaseAssignmentView> Assignments);

/// <param name="Before">Null when the assignment had not been given on the earlier day.</param>
public sealed record StatusChange(string AssignmentId, AssignmentStatus? Before, AssignmentStatus After);

public sealed record CaseChanges(
    string CaseNumber, DateOnly From, DateOnly To, IReadOnlyList<LogEntry> Events,
    IReadOnlyList<CaseDecisionView> DecisionsAdded, IReadOnlyList<StatusChange> AssignmentChanges);

/// <summary>
/// A case's facts across its streams (see <see cref="CaseStreams"/>), read from the event log itself so
/// that any recorded instant can be asked about too (<see cref="CaseView"/> answers a business date alone from the
/// read models, and must agree with this). Streams under sekretess are left
/// out entirely: a public view must not reveal them even as they once stood.
/// </summary>
public sealed class CaseHistory
{
    readonly string caseNumber;
    readonly IReadOnlyList<IReadOnlyList<IEvent>> streams;
    readonly BodyDirectory bodies;

    readonly Secrecy secrecy;

    CaseHistory(string caseNumber, IReadOnlyList<IReadOnlyList<IEvent>> streams, BodyDirectory bodies, Secrecy secrecy) =>
        (this.caseNumber, this.streams, this.bodies, this.secrecy) = (caseNumber, streams, bodies, secrecy);

    public static async Task<CaseHistory> LoadAsync(IQuerySession session, string caseNumber, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var caseId = StreamIds.Case(caseNumber);
        var index = await session.LoadAsync<CaseStreams>(caseId, ct) ?? throw new NotFound("Case", caseNumber);
        var events = await Streams.LoadAsync(session, [.. index.Streams.Where(s => !secrecy.HidesStream(s))], ct);
        var visible = events
            .Select(stream => (IReadOnlyList<IEvent>)[.. stream.Where(e => !secrecy.Hides(e))])
            .Where(stream => stream.Count > 0)
            .ToList();
        var bodyIds = visible.SelectMany(s => s).Select(e => e.Data).OfType<DecisionTaken>().Select(d => d.Details.BodyId)
            .Concat(visible.SelectMany(s => s).Select(e => e.Data).OfType<AssignmentGiven>().Select(a => a.GivingBodyId));
        var caseNumberAsWritten = visible.SelectMany(s => s).Select(e => e.Data).OfType<CaseOpened>().FirstOrDefault()?.CaseNumber ?? caseId;
        return new CaseHistory(caseNumberAsWritten, visible, await BodyDirectory.LoadAsync(session, bodyIds, ct), secrecy);
    }

    public CaseAsOf AsOf(DateOnly asOf, DateTimeOffset? recordedAsOf = null)
    {
        var folded = streams.Select(s => s.Where(e => Replay.Visible(e, asOf, recordedAsOf)).Select(e => e.Data).ToList()).ToList();
        var @case = folded.Select(Replay.Case).OfType<CaseState>().FirstOrDefault();
        return new CaseAsOf(
            caseNumber, @case?.Title, asOf, recordedAsOf, @case?.Documents ?? [],
            CaseDecisionView.InOrder(folded.Select(Replay.Decision).OfType<DecisionState>().Select(d => CaseDecisionView.Of(d.Id, secrecy.Details(d.Id, d.Details), bodies))),
            CaseAssignmentView.InOrder(folded.Select(Replay.Assignment).OfType<AssignmentState>(), asOf, bodies));
    }

    /// <summary>
    /// Every event in business-date order; events of one day keep the order they were recorded in. The case's own note
    /// that a decision was taken in it (kept in older logs) is left out: the decision's stream tells it once already.
    /// </summary>
    public IReadOnlyList<LogEntry> Timeline() =>
        [.. streams.SelectMany(s => s).Where(e => e.Data is not DecisionRecordedInCase)
            .OrderBy(e => ((Events.IDomainEvent)e.Data).OccurredOn).ThenBy(e => e.Sequence).Select(LogEntry.Of)];

    /// <summary>What happened after <paramref name="from"/> up to and including <paramref name="to"/>, and what it changed.</summary>
    public CaseChanges Changes(DateOnly from, DateOnly to)
    {
        var (before, after) = (AsOf(from), AsOf(to));
        var statusBefore = before.Assignments.ToDictionary(a => a.Id, a => a.Status);
        return new CaseChanges(
            caseNumber, from, to,
            [.. Timeline().Where(e => e.On > from && e.On <= to)],
            [.. after.Decisions.Where(d => before.Decisions.All(b => b.Id != d.Id))],
            [.. after.Assignments
                .Where(a => !statusBefore.TryGetValue(a.Id, out var was) || was != a.Status)
                .Select(a => new StatusChange(a.Id, statusBefore.TryGetValue(a.Id, out var was) ? was : null, a.Status))]);
    }
}
