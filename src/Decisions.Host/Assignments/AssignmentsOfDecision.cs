using Marten;

namespace Decisions.Assignments;

public static class AssignmentsOfDecision
{
    /// <summary>The assignments a decision gave, as committed.</summary>
    public static async Task<IReadOnlyList<string>> Load(IQuerySession session, string decisionId, CancellationToken ct) =>
        await session.Query<AssignmentState>().Where(a => a.Given.DecisionId == decisionId).Select(a => a.Id).ToListAsync(ct);
}
