using Decisions.Bodies;
using Decisions.Commands;
using Decisions.Meetings;

namespace Decisions.Meetings;

/// <summary>A held meeting is a meeting of its body's schedule, and so can be the meeting an assignment is due at.</summary>
public sealed class MeetingSchedule : IReaction
{
    public async Task React(Transaction transaction, object @event, CancellationToken ct)
    {
        if (@event is MeetingHeld held)
            await transaction.Execute<BodyState>(held.BodyId,
                body => BodyDecider.Decide(body, new ScheduleMeeting(held.BodyId, held.Details.Date, held.Details.Date, held.Source)), ct);
    }
}
