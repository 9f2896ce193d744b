using Decisions.Commands;
using Marten;

namespace Decisions.Assignments;

public static class AssignmentsOfDecision
{
    /// <summary>
    /// The key that whoever reads or adds to what a decision gave must hold: its assignments, the citations waiting for
    /// them, its sekretess.
    /// </summary>
    public static Task Lock(Transaction transaction, string decisionId, CancellationToken ct) => transaction.Lock($"decision:{decisionId}", ct);

    /// <summary>The assignments a decision gave: those stored and those given earlier in the same transaction.</summary>
    public static async Task<IReadOnlyList<string>> Load(Transaction transaction, string decisionId, CancellationToken ct)
    {
        await Lock(transaction, decisionId, ct);
        var stored = await transaction.Session.Query<AssignmentState>().Where(a => a.Given.DecisionId == decisionId).Select(a => a.Id).ToListAsync(ct);
        var pending = transaction.Appended.OfType<AssignmentGiven>().Where(g => g.DecisionId == decisionId).Select(g => g.AssignmentId);
        return stored.Union(pending).ToList();
    }
}
