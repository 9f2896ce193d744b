using Decisions.Bodies;
using Decisions.History;
using Decisions.Queries;
using Decisions.Shared;
using Decisions.Web;
using Marten;
using Wolverine.Http;

namespace Decisions.Assignments;

/// <param name="Light">Today's; null once finished.</param>
public sealed record AssignmentSummary(
    string Id, string Assignee, string Task, string GivingBodyId, string DecisionId, DateOnly GivenOn,
    string DueText, DateOnly? EffectiveDue, AssignmentStatus Status, StatusLight? Light);

/// <summary>An assignment's stored history with what depends on today: its light, and every change of status and light.</summary>
/// <param name="Progress">The share done that the latest report to give one stated.</param>
/// <param name="Extensions">Every förlängd tid with its reason, as the timeline kept them.</param>
public sealed record AssignmentAnswer(
    string Id, AssignmentState State, string GivingBodyId, string? CaseId, AssignmentStatus Status, DateOnly GivenOn, DateOnly Today,
    StatusLight? Light, int? Progress, IReadOnlyList<Extension> Extensions, IReadOnlyList<StatusLightChange> StatusChanges,
    IReadOnlyList<Stood<AssignmentState>> Timeline, IReadOnlyList<LogEntry> Entries)
{
    public static AssignmentAnswer Of(AssignmentStory h, DateOnly today, int windowDays) => new(
        h.Id, h.State, h.GivingBodyId, h.CaseId, h.Status, h.GivenOn, today,
        StatusLights.Of(h.State, today, windowDays), h.State.ReportBacks.LastOrDefault(r => r.Progress is not null)?.Progress,
        [.. h.Timeline.Select(t => t.State?.Extended).OfType<Extension>().Distinct()],
        StatusLights.Changes(h.Timeline, today, windowDays), h.Timeline, h.Entries);
}

/// <summary>
/// Assignment ids contain '/' and '§', so clients send them URL-encoded. What is not public is decided by
/// <see cref="Secrecy"/>, as for every other view.
/// </summary>
public static class AssignmentQueries
{
    [WolverineGet("/api/assignments", OperationId = "ListAssignments")]
    public static async Task<IReadOnlyList<AssignmentSummary>> List(
        string? status, string? body, string? assignee, IQuerySession session, CancellationToken ct)
    {
        var secrecy = await Secrecy.PublicAsync(session, ct);
        // The assignment's own mark narrows the query in the database; the rule itself is applied to what comes back.
        var query = session.Query<AssignmentHistory>().Where(x => !x.Confidential);
        if (!string.IsNullOrWhiteSpace(status))
        {
            var wanted = Enum.TryParse<AssignmentStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new ValidationFailed(new Dictionary<string, string[]>
                    { [nameof(status)] = [$"'{status}' är inte en av {string.Join(", ", Enum.GetNames<AssignmentStatus>())}"] });
            query = query.Where(x => x.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(body))
        {
            var bodyId = StreamIds.Body(body);
            query = query.Where(x => x.GivingBodyId == bodyId);
        }
        if (!string.IsNullOrWhiteSpace(assignee)) query = query.Where(x => x.Assignee.Equals(assignee, StringComparison.OrdinalIgnoreCase));
        var found = await query.OrderBy(x => x.GivenOn).ThenBy(x => x.Id).ToListAsync(ct);
        var today = Parts.Today;
        var bodies = await BodyDirectory.LoadAsync(session, found.Select(h => h.GivingBodyId), ct);
        return [.. found.Where(h => !secrecy.HidesAssignment(h)).Select(h => (History: h, State: h.Current())).Select(x => new AssignmentSummary(
            x.History.Id, x.State.Assignee, x.State.Task, x.History.GivingBodyId, x.History.DecisionId, x.History.GivenOn, x.State.Due.Text, x.State.Due.Effective,
            x.History.Status, StatusLights.Of(x.State, today, bodies.Window(x.History.GivingBodyId))))];
    }

    /// <summary>
    /// The assignment now, and its history: given, due resolved, report-backs, deadline changes, closing; with today's
    /// light, the latest share done, the reasons for extensions, and every change of status and light by business date.
    /// </summary>
    [WolverineGet("/api/assignments/{id}", OperationId = "GetAssignment")]
    public static async Task<AssignmentAnswer> Get(string id, IQuerySession session, CancellationToken ct)
    {
        var visible = await Visible(id, session, ct);
        var bodies = await BodyDirectory.LoadAsync(session, [visible.GivingBodyId], ct);
        return AssignmentAnswer.Of(visible, Parts.Today, bodies.Window(visible.GivingBodyId));
    }

    /// <summary>The history as the public may see it; 404 for what is not public. (Not named Load: Wolverine would run that before every endpoint of the class.)</summary>
    public static async Task<AssignmentStory> Visible(string id, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        var history = await session.LoadAsync<AssignmentHistory>(key, ct);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        return history is not null && !secrecy.HidesAssignment(history) ? secrecy.History(history.Read()) : throw new NotFound("Assignment", key);
    }
}
