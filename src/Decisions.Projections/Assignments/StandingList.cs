using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Marten;

namespace Decisions.Assignments;

/// <param name="Light">On the meeting day; null once finished.</param>
/// <param name="Reason">Why it is still open: the latest partial report's reason, or the extension's.</param>
public sealed record StandingListItem(
    string AssignmentId, string Task, string Assignee, DecisionRef GivingDecision, string DueText, DateOnly? EffectiveDue,
    AssignmentStatus Status, StatusLight? Light, string? Reason, int? Progress, ReportBack? LastReport, DateOnly? FinishedOn);

/// <param name="PreviousMeeting">The body's meeting before <paramref name="Meeting"/>, if the register knows one.</param>
/// <param name="Meetings">The body's known meetings, to choose among.</param>
/// <param name="WindowDays">The body's reminder window, which turns a light yellow before its due date.</param>
public sealed record StandingList(
    BodyRef Body, DateOnly Meeting, DateOnly? PreviousMeeting, IReadOnlyList<DateOnly> Meetings, int WindowDays, IReadOnlyList<StandingListItem> Items);

/// <summary>
/// "Uppföljning av uppdrag" for one meeting of a body (see <see cref="FollowUpList"/> for which assignments), read from
/// the assignments' business-date timelines, with the public's view of sekretess: the list goes out with the agenda.
/// </summary>
public static class StandingLists
{
    /// <param name="meeting">Null for the body's next meeting from <paramref name="today"/> on (today if none is scheduled).</param>
    public static async Task<StandingList> RunAsync(
        IQuerySession session, string body, DateOnly? meeting, DateOnly today, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var bodyId = StreamIds.Body(body);
        var state = await session.LoadAsync<BodyState>(bodyId, ct) ?? throw new NotFound("Body", body);
        var held = await session.Query<MeetingState>().Where(m => m.BodyId == bodyId).Select(m => m.Details.Date).ToListAsync(ct);
        var meetings = state.MeetingDates.Concat(held).Distinct().Order().ToList();
        var chosen = meeting ?? meetings.Where(d => d >= today).Cast<DateOnly?>().FirstOrDefault() ?? today;
        var previous = meetings.Where(d => d < chosen).Cast<DateOnly?>().LastOrDefault();

        var timelines = (await session.Query<AssignmentHistory>()
            .Where(a => a.GivingBodyId == bodyId && a.GivenOn < chosen)
            .ToListAsync(ct)).Where(a => !secrecy.HidesAssignment(a))
            .Select(a => secrecy.Timeline(a.Timeline()));
        var items = FollowUpList.Select(timelines, chosen, previous, state.Reminders.DaysBefore);

        var decisionIds = items.Select(i => i.State.Given.DecisionId).Distinct().ToArray();
        var decisions = (await session.Query<DecisionRecord>().Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.MeetingDate, d.Details.Paragraph }).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => new DecisionRef(d.Id, d.MeetingDate, d.Paragraph));
        return new(new BodyRef(state.Id, state.Name), chosen, previous, meetings, state.Reminders.DaysBefore, [.. items.Select(i => new StandingListItem(
            i.State.Id, i.State.Task, i.State.Assignee,
            decisions.GetValueOrDefault(i.State.Given.DecisionId) ?? new DecisionRef(i.State.Given.DecisionId, i.State.Given.OccurredOn, null),
            i.State.Due.Text, i.State.Due.Effective, i.State.Status, i.Light, i.Light?.Reason, i.Progress, i.LastReport, i.FinishedOn))]);
    }
}
