using Decisions.Bodies;
using Decisions.Commands;
using JasperFx.Events;
using Wolverine;

namespace Decisions.Meetings;

/// <summary>A held meeting is a meeting of its body's schedule, and so can be the meeting an assignment is due at.</summary>
public static class MeetingScheduleHandler
{
    public static ValueTask Handle(IEvent<MeetingHeld> held, IMessageContext bus) =>
        bus.FollowUp(held, new ScheduleMeeting(held.Data.BodyId, held.Data.Details.Date, held.Data.Details.Date, held.Data.Source));
}
