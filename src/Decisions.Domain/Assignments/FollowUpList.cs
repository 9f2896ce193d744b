using Decisions.Shared;

namespace Decisions.Assignments;

/// <param name="State">As it stood the day before the meeting: what the agenda can tell.</param>
/// <param name="Light">On the meeting day; null for a finished assignment.</param>
/// <param name="FinishedOn">The day it was closed, withdrawn or merged, if it was.</param>
/// <param name="Progress">The share done that its latest report to give one stated.</param>
public sealed record FollowUpItem(AssignmentState State, StatusLight? Light, DateOnly? FinishedOn, ReportBack? LastReport, int? Progress);

/// <summary>
/// "Uppföljning av uppdrag", the standing list on a body's agenda (a Beschlussverfolgung): every assignment the body
/// gave before the meeting that was still open the day before it, or was finished on or after its previous meeting,
/// so that each assignment is on the list of the meeting after it was finished once and then drops off.
/// </summary>
public static class FollowUpList
{
    /// <param name="timelines">The business-date timelines of the assignments the body gave.</param>
    /// <param name="previousMeeting">Null for the body's first meeting in the register: then everything it finished is listed.</param>
    public static IReadOnlyList<FollowUpItem> Select(
        IEnumerable<IReadOnlyList<Stood<AssignmentState>>> timelines, DateOnly meeting, DateOnly? previousMeeting, int windowDays)
    {
        var dayBefore = meeting.AddDays(-1);
        var items = new List<FollowUpItem>();
        foreach (var timeline in timelines)
        {
            if (Timeline.On(timeline, dayBefore) is not { } state) continue;
            DateOnly? finishedOn = state.Status.IsFinished()
                ? timeline.First(s => s.State is { } then && then.Status.IsFinished()).From
                : null;
            if (finishedOn is { } finished && previousMeeting is { } previous && finished < previous) continue;
            items.Add(new(state, StatusLights.Of(state, meeting, windowDays), finishedOn,
                state.ReportBacks.LastOrDefault(), state.ReportBacks.LastOrDefault(r => r.Progress is not null)?.Progress));
        }
        return [.. items.OrderBy(i => i.FinishedOn is not null).ThenBy(i => i.State.Given.OccurredOn).ThenBy(i => i.State.Id, StringComparer.Ordinal)];
    }
}
