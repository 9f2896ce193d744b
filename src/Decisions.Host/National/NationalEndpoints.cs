using Decisions.Queries;
using Wolverine.Http;

namespace Decisions.National;

public static class NationalEndpoints
{
    /// <summary>Public decisions of every organisation; the hits' count per organisation comes with them, whichever is asked for.</summary>
    /// <param name="q">Swedish full-text search over titles and clauses.</param>
    /// <param name="organisation">One organisation's id, as the counts name it.</param>
    [WolverineGet("/api/national/decisions", OperationId = "NationalDecisions")]
    public static async Task<NationalDecisionPage> Search(NationalStore national, string? q, string? organisation, int? page, int? pageSize, CancellationToken ct)
    {
        var (pageNumber, size) = (QueryParameters.Positive(page, nameof(page), 1), QueryParameters.Positive(pageSize, nameof(pageSize), 20, max: 200));
        await using var session = await national.QuerySessionAsync(ct);
        return await NationalQueries.SearchAsync(session, Blank(q), Blank(organisation), pageNumber, size, ct);
    }

    /// <summary>Public assignments overdue on a business date in every organisation, counted per organisation.</summary>
    /// <param name="asOf">Business date (YYYY-MM-DD).</param>
    [WolverineGet("/api/national/reports/overdue", OperationId = "NationalOverdueReport")]
    public static async Task<NationalOverdueList> Overdue(NationalStore national, string? asOf, string? organisation, CancellationToken ct)
    {
        var day = QueryParameters.RequiredDate(asOf, nameof(asOf));
        await using var session = await national.QuerySessionAsync(ct);
        return await NationalQueries.OverdueAsync(session, day, Blank(organisation), ct);
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
