using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Shared;
using Marten;
using Marten.Linq.MatchesSql;

namespace Decisions.Charts;

/// <param name="Counts">How many of the body's assignments were overdue on each of the chart's days, in their order.</param>
public sealed record BodyOverdueCounts(BodyRef Body, IReadOnlyList<int> Counts);

/// <param name="Days">The last day of each month, the last one cut at the day asked about (later days are not known yet).</param>
public sealed record OverdueByMonth(IReadOnlyList<DateOnly> Days, IReadOnlyList<BodyOverdueCounts> Bodies);

/// <summary>An assignment's giving body and the days it was overdue (see <see cref="AssignmentHistory.OverdueSpans"/>).</summary>
public sealed record OverdueSpell(string GivingBodyId, IReadOnlyList<OverdueSpan> Periods);

/// <summary>
/// How many assignments each giving body had overdue at the end of each of the last months: the overdue list's rule
/// (<see cref="OverdueReport"/>) asked on each month's last day, from the overdue spans the read model already holds:
/// a few dates per assignment, no events and no fold.
/// </summary>
public static class OverdueMonths
{
    public const int Months = 24;

    /// <summary>Reads only the assignments whose overdue days meet the window, through the index the overdue list uses.</summary>
    public static async Task<OverdueByMonth> LoadAsync(IQuerySession session, DateOnly asOf, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var days = MonthEnds(asOf, Months);
        var query = session.Query<AssignmentHistory>().Where(x => x.MatchesSql(
            $"overdue_from is not null and {DecisionsStore.OverdueDaysSql} && daterange(?, ?)", days[0], asOf.AddDays(1)));
        if (!secrecy.ShowsConfidential) query = query.Where(x => !x.Confidential);
        var spells = (await query.Select(x => new { x.Id, x.DecisionId, x.GivingBodyId, x.Confidential, x.OverdueSpans }).ToListAsync(ct))
            .Where(x => !secrecy.HidesAssignment(x.Id, x.Confidential, x.DecisionId))
            .Select(x => new OverdueSpell(x.GivingBodyId, x.OverdueSpans));
        var counts = Count(spells, days);
        var bodies = await BodyDirectory.LoadAsync(session, counts.Keys, ct);
        return new OverdueByMonth(days, [.. counts.Select(c => new BodyOverdueCounts(bodies.Ref(c.Key), c.Value))]);
    }

    /// <summary>The last day of each of the <paramref name="months"/> months up to and including <paramref name="asOf"/>'s, that one cut at <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<DateOnly> MonthEnds(DateOnly asOf, int months)
    {
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        return [.. Enumerable.Range(1 - months, months).Select(i => first.AddMonths(i + 1).AddDays(-1)).Select(end => end > asOf ? asOf : end)];
    }

    /// <summary>
    /// Per giving body, how many assignments were overdue on each day: an assignment counts on a day one of its periods
    /// covers. The reader's sekretess is applied to the assignments before (it holds for an assignment as a whole, so it
    /// holds for every state it stood in). Bodies with nothing overdue on any of the days are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>> Count(IEnumerable<OverdueSpell> spells, IReadOnlyList<DateOnly> days)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var spell in spells)
            foreach (var (day, i) in days.Select((d, i) => (d, i)))
                if (spell.Periods.Any(p => p.Covers(day)))
                {
                    if (!counts.TryGetValue(spell.GivingBodyId, out var body)) counts[spell.GivingBodyId] = body = new int[days.Count];
                    body[i]++;
                }
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyList<int>)c.Value, StringComparer.Ordinal);
    }
}
