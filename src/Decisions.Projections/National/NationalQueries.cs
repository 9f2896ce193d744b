using Decisions.Assignments;
using Decisions.History;
using Marten;
using Marten.Linq;
using Marten.Linq.MatchesSql;

namespace Decisions.National;

public sealed record NationalDecisionHit(
    string Organisation, string DecisionId, BodyRef Body, DateOnly MeetingDate, int Paragraph, string Title, string? CaseNumber, IReadOnlyList<string> Clauses);

/// <summary>How many of the matches each organisation has: the facet a reader narrows the search by.</summary>
public sealed record OrganisationCount(string Organisation, long Count);

/// <param name="Total">The matches in the organisation asked for, or in all of them.</param>
public sealed record NationalDecisionPage(
    string? Q, string? Organisation, int Page, int PageSize, long Total, IReadOnlyList<OrganisationCount> Organisations, IReadOnlyList<NationalDecisionHit> Hits);

public sealed record NationalOverdueRow(
    string Organisation, string AssignmentId, string DecisionId, BodyRef GivingBody, string Assignee, string Task, string DueText, DateOnly EffectiveDue, int DaysOverdue);

public sealed record NationalOverdueList(DateOnly AsOf, string? Organisation, IReadOnlyList<OrganisationCount> Organisations, IReadOnlyList<NationalOverdueRow> Rows);

/// <summary>
/// Search and the overdue report over every organisation's public items. Nothing here needs a secrecy filter: the
/// national model only ever holds what the public may see (<see cref="NationalFeed"/>).
/// </summary>
public static class NationalQueries
{
    public static async Task<NationalDecisionPage> SearchAsync(
        IQuerySession session, string? q, string? organisation, int page, int pageSize, CancellationToken ct)
    {
        var matches = session.Query<NationalDecision>().AsQueryable();
        if (q is not null) matches = matches.Where(x => x.WebStyleSearch(q, FullText.Swedish));
        var facets = await FacetsAsync(session, matches.Select(x => x.Organisation), ct);
        if (organisation is not null) matches = matches.Where(x => x.Organisation == organisation);
        var total = organisation is null ? facets.Sum(f => f.Count) : facets.FirstOrDefault(f => f.Organisation == organisation)?.Count ?? 0;
        var skip = (long)(page - 1) * pageSize;
        IReadOnlyList<NationalDecision> shown = skip >= total ? []
            : await matches.OrderByDescending(x => x.MeetingDate).ThenBy(x => x.Id).Skip((int)skip).Take(pageSize).ToListAsync(ct);
        return new(q, organisation, page, pageSize, total, facets,
            [.. shown.Select(d => new NationalDecisionHit(d.Organisation, d.DecisionId, d.Body, d.MeetingDate, d.Paragraph, d.Title, d.CaseNumber, d.Clauses))]);
    }

    /// <summary>Assignments overdue on a business date in every organisation (or one), most days overdue first.</summary>
    public static async Task<NationalOverdueList> OverdueAsync(IQuerySession session, DateOnly asOf, string? organisation, CancellationToken ct)
    {
        var candidates = await session.Query<NationalAssignment>()
            .Where(x => x.MatchesSql($"overdue_from is not null and {DecisionsStore.OverdueDaysSql} @> ?", asOf))
            .ToListAsync(ct);
        var rows = candidates
            .Select(a => (Assignment: a, Period: a.Overdue.FirstOrDefault(p => p.Covers(asOf))))
            .Where(x => x.Period is not null && x.Period.EffectiveDue < asOf)
            .Select(x => new NationalOverdueRow(x.Assignment.Organisation, x.Assignment.AssignmentId, x.Assignment.DecisionId, x.Assignment.GivingBody,
                x.Assignment.Assignee, x.Assignment.Task, x.Period!.DueText, x.Period.EffectiveDue, asOf.DayNumber - x.Period.EffectiveDue.DayNumber))
            .ToList();
        var facets = rows.GroupBy(r => r.Organisation).Select(g => new OrganisationCount(g.Key, g.Count())).OrderBy(f => f.Organisation, StringComparer.Ordinal).ToList();
        return new(asOf, organisation, facets, [.. rows
            .Where(r => organisation is null || r.Organisation == organisation)
            .OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Organisation, StringComparer.Ordinal).ThenBy(r => r.AssignmentId, StringComparer.Ordinal)]);
    }

    /// <summary>The count per organisation of exactly the rows the search matches: its own SQL, grouped in the database.</summary>
    static async Task<IReadOnlyList<OrganisationCount>> FacetsAsync(IQuerySession session, IQueryable<string> organisations, CancellationToken ct)
    {
        var command = organisations.ToCommand(FetchType.FetchMany);
        command.CommandText = $"select x.o, count(*) from ({command.CommandText.TrimEnd().TrimEnd(';')}) as x(o) group by x.o order by x.o";
        var facets = new List<OrganisationCount>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct)) facets.Add(new(reader.GetString(0), reader.GetInt64(1)));
        return facets;
    }
}
