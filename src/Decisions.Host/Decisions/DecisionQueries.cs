using Decisions.Queries;
using Marten;
using Wolverine.Http;

namespace Decisions.Decisions;

public static class DecisionQueries
{
    /// <summary>The audit: who decided what, when, with whom serving; filters combine. <c>case</c> filters by case number.</summary>
    /// <remarks>
    /// <c>case</c> is read from the request: Wolverine names its generated variables after the query keys,
    /// and a C# keyword there does not compile.
    /// </remarks>
    /// <param name="person">Someone who served in the §, as a member or as an ersättare.</param>
    /// <param name="q">Swedish full-text search over titles and clauses.</param>
    [WolverineGet("/api/decisions", OperationId = "SearchDecisions")]
    public static Task<DecisionPage> Search(
        HttpRequest request, IQuerySession session, string? body, string? person, string? from, string? to, string? q,
        int? page, int? pageSize, CancellationToken ct)
    {
        var (fromDate, toDate) = (QueryParameters.Date(from, nameof(from)), QueryParameters.Date(to, nameof(to)));
        QueryParameters.Range(fromDate, toDate, nameof(from), nameof(to));
        var filter = new DecisionFilter(
            body, request.Query["case"].FirstOrDefault(), person, fromDate, toDate, string.IsNullOrWhiteSpace(q) ? null : q,
            QueryParameters.Positive(page, nameof(page), 1), QueryParameters.Positive(pageSize, nameof(pageSize), 20, max: 200));
        return DecisionSearch.RunAsync(session, filter, ct);
    }

    [WolverineGet("/api/people/{name}/decisions", OperationId = "PersonDecisions")]
    public static Task<IReadOnlyList<Participation>> ForPerson(string name, IQuerySession session, CancellationToken ct) =>
        DecisionSearch.ParticipationAsync(session, QueryParameters.RouteKey(name), ct);
}
