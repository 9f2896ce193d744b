using Decisions.Bodies;
using Decisions.Commands;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace Decisions.Assignments;

/// <summary>
/// "Till nämndens nästa sammanträde" gets its date when that meeting becomes known, whichever arrives first:
/// the meeting (resolve every assignment waiting for that body) or the assignment (look in the body's schedule).
/// A due that a correction or a deadline change makes meeting-relative looks in the schedule the same way. Each runs
/// once its cause is committed, so of two arriving at once the later one sees the other; resolving twice changes nothing.
/// </summary>
public static class DueResolutionHandler
{
    public static async Task Handle(IEvent<MeetingScheduled> scheduled, IQuerySession session, IMessageContext bus, CancellationToken ct)
    {
        var (bodyId, date) = (scheduled.Data.BodyId, scheduled.Data.MeetingDate);
        foreach (var id in await WaitingFor(session, bodyId, date, ct))
            await bus.FollowUp(scheduled, new ResolveDue(id, bodyId, date, scheduled.Data.OccurredOn));
    }

    public static Task Handle(IEvent<AssignmentGiven> given, IQuerySession session, IMessageContext bus, CancellationToken ct) =>
        FromSchedule(given, given.Data.AssignmentId, given.Data.Due, given.Data.OccurredOn, session, bus, ct);

    public static Task Handle(IEvent<AssignmentCorrected> corrected, IQuerySession session, IMessageContext bus, CancellationToken ct) =>
        FromSchedule(corrected, corrected.Data.AssignmentId, corrected.Data.Due, corrected.Data.OccurredOn, session, bus, ct);

    public static Task Handle(IEvent<DeadlineChanged> changed, IQuerySession session, IMessageContext bus, CancellationToken ct) =>
        FromSchedule(changed, changed.Data.AssignmentId, changed.Data.Due, changed.Data.OccurredOn, session, bus, ct);

    /// <summary>
    /// A held meeting became known on its own date at the latest; that is never before the due was stated when it
    /// is the meeting meant, so the resolution dates from the later of the two.
    /// </summary>
    static async Task FromSchedule(IEvent cause, string assignmentId, Due due, DateOnly stated, IQuerySession session, IMessageContext bus, CancellationToken ct)
    {
        if (due is not { Kind: DueKind.Meeting, Date: null, BodyId: { } bodyId }) return;
        if (await session.LoadAsync<BodyState>(bodyId, ct) is not { } body) return;
        foreach (var date in body.MeetingDates)
            await bus.FollowUp(cause, new ResolveDue(assignmentId, bodyId, date, date > stated ? date : stated));
    }

    /// <summary>
    /// Only assignments still waiting for a meeting, or resolved to a later one that this earlier meeting replaces:
    /// asking the others would decide nothing, at a round trip each.
    /// </summary>
    static async Task<IReadOnlyList<string>> WaitingFor(IQuerySession session, string bodyId, DateOnly meetingDate, CancellationToken ct) =>
        await session.Query<AssignmentState>()
            .Where(a => a.Due.Kind == DueKind.Meeting && a.Due.BodyId == bodyId && (a.Due.Date == null || a.Due.Date > meetingDate))
            .Select(a => a.Id).ToListAsync(ct);
}
