using Decisions.Queries;
using Decisions.Reminders;
using Decisions.Web;
using Marten;
using Wolverine.Http;

namespace Decisions.Assignments;

public static class StandingListQueries
{
    /// <summary>
    /// "Uppföljning av uppdrag" for a meeting of a body: every assignment the body gave that was open before the
    /// meeting or was finished since its previous meeting, with light, reason, share done and the last report.
    /// </summary>
    /// <param name="bodyId">The body, by id or name.</param>
    /// <param name="meeting">The meeting's date (YYYY-MM-DD); the body's next meeting when left out.</param>
    [WolverineGet("/api/bodies/{bodyId}/follow-up", OperationId = "StandingList")]
    public static Task<StandingList> Get(string bodyId, string? meeting, IQuerySession session, CancellationToken ct) =>
        StandingLists.RunAsync(session, QueryParameters.RouteKey(bodyId), QueryParameters.Date(meeting, nameof(meeting)), Parts.Today,
            ReminderWindow.DefaultDaysBefore, ct);
}
