using Decisions.Exports;
using Decisions.Queries;
using Marten;
using Microsoft.AspNetCore.Mvc;
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
    /// <param name="format">json (a page of hits), or csv or xlsx: a file of every hit.</param>
    [WolverineGet("/api/decisions", OperationId = "SearchDecisions")]
    [ProducesResponseType<DecisionPage>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheet.ContentType)]
    public static async Task<IResult> Search(
        HttpRequest request, IQuerySession session, string? body, string? person, string? from, string? to, string? q,
        int? page, int? pageSize, string? format, CancellationToken ct)
    {
        var export = Export.Format(format, nameof(format));
        var (fromDate, toDate) = (QueryParameters.Date(from, nameof(from)), QueryParameters.Date(to, nameof(to)));
        QueryParameters.Range(fromDate, toDate, nameof(from), nameof(to));
        var filter = new DecisionFilter(
            body, request.Query["case"].FirstOrDefault(), person, fromDate, toDate, string.IsNullOrWhiteSpace(q) ? null : q,
            QueryParameters.Positive(page, nameof(page), 1), QueryParameters.Positive(pageSize, nameof(pageSize), 20, max: 200));
        return export == ExportFormat.Json
            ? Results.Ok(await DecisionSearch.RunAsync(session, filter, ct))
            : Export.File(export, DecisionExport.FileStem, "Beslut", DecisionExport.Columns, await DecisionExport.AllAsync(session, filter, nameof(format), ct));
    }

    [WolverineGet("/api/people/{name}/decisions", OperationId = "PersonDecisions")]
    public static Task<IReadOnlyList<Participation>> ForPerson(string name, IQuerySession session, CancellationToken ct) =>
        DecisionSearch.ParticipationAsync(session, QueryParameters.RouteKey(name), ct);
}
