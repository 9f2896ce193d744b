using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Wolverine.Http;

namespace Decisions.Assignments;

public sealed record AssignmentSummary(
    string Id, string Assignee, string Task, string GivingBodyId, string DecisionId, DateOnly GivenOn,
    string DueText, DateOnly? EffectiveDue, AssignmentStatus Status);

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
        return [.. found.Where(h => !secrecy.HidesAssignment(h.State)).Select(h => new AssignmentSummary(
            h.Id, h.State.Assignee, h.State.Task, h.GivingBodyId, h.State.Given.DecisionId, h.GivenOn, h.State.Due.Text, h.State.Due.Effective, h.Status))];
    }

    /// <summary>The assignment now, and its history: given, due resolved, report-backs, deadline changes, closing.</summary>
    [WolverineGet("/api/assignments/{id}", OperationId = "GetAssignment")]
    public static async Task<AssignmentHistory> Get(string id, IQuerySession session, CancellationToken ct)
    {
        var key = QueryParameters.RouteKey(id);
        var history = await session.LoadAsync<AssignmentHistory>(key, ct);
        var secrecy = await Secrecy.PublicAsync(session, ct);
        return history is not null && !secrecy.HidesAssignment(history.State) ? secrecy.History(history) : throw new NotFound("Assignment", key);
    }
}
