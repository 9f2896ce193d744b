using Decisions.Bodies;
using Decisions.Commands;
using Marten;

namespace Decisions.Assignments;

/// <summary>
/// "Till nämndens nästa sammanträde" gets its date when that meeting becomes known, whichever arrives first:
/// the meeting (resolve every assignment waiting for that body) or the assignment (look in the body's schedule).
/// </summary>
public sealed class DueResolution : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        switch (@event)
        {
            case MeetingScheduled scheduled:
                foreach (var id in await WaitingFor(transaction, scheduled.BodyId, ct))
                    await Resolve(transaction, id, scheduled.BodyId, scheduled.MeetingDate, scheduled.OccurredOn, ct);
                break;

            case AssignmentGiven { Due: { Kind: DueKind.Meeting, BodyId: { } bodyId } } given
                when await transaction.Load<BodyState>(bodyId, ct) is { } body:
                // A held meeting became known on its own date at the latest; that is never before the assignment
                // was given when it is the meeting meant, so the resolution dates from the later of the two.
                foreach (var date in body.MeetingDates)
                    await Resolve(transaction, given.AssignmentId, bodyId, date, date > given.OccurredOn ? date : given.OccurredOn, ct);
                break;
        }
    }

    static Task Resolve(Transaction transaction, string assignmentId, string bodyId, DateOnly meetingDate, DateOnly knownOn, CancellationToken ct) =>
        transaction.Execute<AssignmentState>(assignmentId,
            a => AssignmentDecider.Decide(a, new ResolveDue(assignmentId, bodyId, meetingDate, knownOn)), ct);

    static async Task<IReadOnlyList<string>> WaitingFor(Transaction transaction, string bodyId, CancellationToken ct)
    {
        var stored = await transaction.Session.Query<AssignmentState>()
            .Where(a => a.Due.Kind == DueKind.Meeting && a.Due.BodyId == bodyId)
            .Select(a => a.Id).ToListAsync(ct);
        var pending = transaction.Appended.OfType<AssignmentGiven>()
            .Where(g => g.Due.Kind == DueKind.Meeting && g.Due.BodyId == bodyId).Select(g => g.AssignmentId);
        return stored.Union(pending).ToList();
    }
}
