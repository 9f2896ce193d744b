using Decisions.Bodies;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Wolverine.Http;

namespace Decisions.Meetings;

/// <summary>The kommunallag clocks that follow from the meeting; null until the step they run from has happened.</summary>
public sealed record MeetingClocks(DateOnly AdjustmentDue, DateOnly? PostingDue, DateOnly? AppealEndsOn, DateOnly? LegalForceOn);

public sealed record MeetingView(
    string Id, BodyRef Body, MeetingDetails Details, Attendance? Attendance, IReadOnlyList<Paragraph> Paragraphs,
    MinutesAdjusted? Adjustment, IReadOnlyList<int> ImmediatelyAdjusted, MinutesPosted? Posting, MeetingClocks Clocks,
    IReadOnlyList<DecisionHit> Decisions);

public static class MeetingQueries
{
    /// <summary>Meeting ids are "body/date" ("halso-och-sjukvardsnamnden%2F2023-05-16" URL-encoded).</summary>
    [WolverineGet("/api/meetings/{id}", OperationId = "GetMeeting")]
    public static async Task<MeetingView> Get(string id, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        var meeting = await session.LoadAsync<MeetingState>(key, ct) ?? throw new NotFound("Meeting", key);
        var bodies = await BodyDirectory.LoadAsync(session, [meeting.BodyId], ct);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        return new MeetingView(
            meeting.Id, bodies.Ref(meeting.BodyId), meeting.Details, meeting.Attendance, secrecy.Paragraphs(meeting.Id, meeting.Paragraphs),
            meeting.Adjustment, [.. meeting.ImmediatelyAdjusted.Where(p => !secrecy.HidesDecision(StreamIds.Decision(meeting.Id, p)))], meeting.Posting,
            new MeetingClocks(meeting.AdjustmentDue, meeting.PostingDue, meeting.AppealEndsOn, meeting.LegalForceOn),
            await DecisionSearch.InMeetingAsync(session, meeting.Id, ct, secrecy));
    }
}
