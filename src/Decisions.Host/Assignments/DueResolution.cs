using Decisions.Bodies;
using Decisions.Commands;
using Marten;

namespace Decisions.Assignments;

/// <summary>
/// "Till nämndens nästa sammanträde" gets its date when that meeting becomes known, whichever arrives first:
/// the meeting (resolve every assignment waiting for that body) or the assignment (look in the body's schedule).
/// A due that a correction or a deadline change makes meeting-relative looks in the schedule the same way.
/// </summary>
public sealed class DueResolution : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        switch (@event)
        {
            case MeetingScheduled scheduled:
                await transaction.Lock(Schedule(scheduled.BodyId), ct);
                foreach (var id in await WaitingFor(transaction, scheduled.BodyId, scheduled.MeetingDate, ct))
                    await Resolve(transaction, id, scheduled.BodyId, scheduled.MeetingDate, scheduled.OccurredOn, ct);
                break;

            case AssignmentGiven given:
                await FromSchedule(transaction, given.AssignmentId, given.Due, given.OccurredOn, ct);
                break;
            case AssignmentCorrected corrected:
                await FromSchedule(transaction, corrected.AssignmentId, corrected.Due, corrected.OccurredOn, ct);
                break;
            case DeadlineChanged changed:
                await FromSchedule(transaction, changed.AssignmentId, changed.Due, changed.OccurredOn, ct);
                break;
        }
    }

    /// <summary>
    /// A held meeting became known on its own date at the latest; that is never before the due was stated when it
    /// is the meeting meant, so the resolution dates from the later of the two.
    /// </summary>
    static async Task FromSchedule(Transaction transaction, string assignmentId, Due due, DateOnly stated, CancellationToken ct)
    {
        if (due is not { Kind: DueKind.Meeting, Date: null, BodyId: { } bodyId }) return;
        await transaction.Lock(Schedule(bodyId), ct);
        if (await transaction.Load<BodyState>(bodyId, ct) is not { } body) return;
        foreach (var date in body.MeetingDates)
            await Resolve(transaction, assignmentId, bodyId, date, date > stated ? date : stated, ct);
    }

    static string Schedule(string bodyId) => $"schedule:{bodyId}";

    static Task Resolve(Transaction transaction, string assignmentId, string bodyId, DateOnly meetingDate, DateOnly knownOn, CancellationToken ct) =>
        transaction.Execute<AssignmentState>(assignmentId,
            a => AssignmentDecider.Decide(a, new ResolveDue(assignmentId, bodyId, meetingDate, knownOn)), ct);

    /// <summary>
    /// Only assignments still waiting for a meeting, or resolved to a later one that this earlier meeting replaces:
    /// asking the others would decide nothing, at a round trip each.
    /// </summary>
    static async Task<IReadOnlyList<string>> WaitingFor(Transaction transaction, string bodyId, DateOnly meetingDate, CancellationToken ct)
    {
        var stored = await transaction.Session.Query<AssignmentState>()
            .Where(a => a.Due.Kind == DueKind.Meeting && a.Due.BodyId == bodyId && (a.Due.Date == null || a.Due.Date > meetingDate))
            .Select(a => a.Id).ToListAsync(ct);
        var pending = transaction.Appended.OfType<AssignmentGiven>()
            .Where(g => g.Due.Kind == DueKind.Meeting && g.Due.BodyId == bodyId).Select(g => g.AssignmentId);
        return stored.Union(pending).ToList();
    }
}
