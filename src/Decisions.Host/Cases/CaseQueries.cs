using Decisions.History;
using Decisions.Queries;
using Marten;
using Wolverine.Http;

namespace Decisions.Cases;

/// <summary>Case numbers contain '/', so clients send them URL-encoded ("HSN%2F570%2F2023").</summary>
public static class CaseQueries
{
    /// <summary>The case as it stood on a business date, optionally as the register knew it at an instant.</summary>
    /// <param name="asOf">Business date (YYYY-MM-DD); today when left out.</param>
    /// <param name="recordedAsOf">Only facts recorded at or before this instant (ISO 8601).</param>
    [WolverineGet("/api/cases/{caseNumber}", OperationId = "CaseAsOf")]
    public static async Task<CaseAsOf> AsOf(string caseNumber, string? asOf, string? recordedAsOf, IQuerySession session, CancellationToken ct)
    {
        var date = QueryParameters.Date(asOf, nameof(asOf)) ?? DateOnly.FromDateTime(DateTime.Today);
        var instant = QueryParameters.Instant(recordedAsOf, nameof(recordedAsOf));
        return await CaseView.AsOfAsync(session, QueryParameters.RouteKey(caseNumber), date, instant, ct);
    }

    [WolverineGet("/api/cases/{caseNumber}/timeline", OperationId = "CaseTimeline")]
    public static async Task<IReadOnlyList<LogEntry>> Timeline(string caseNumber, IQuerySession session, CancellationToken ct) =>
        (await CaseView.TimelineAsync(session, QueryParameters.RouteKey(caseNumber), 0, int.MaxValue, ct)).Entries;

    [WolverineGet("/api/cases/{caseNumber}/changes", OperationId = "CaseChanges")]
    public static async Task<CaseChanges> Changes(string caseNumber, string? from, string? to, IQuerySession session, CancellationToken ct)
    {
        var (fromDate, toDate) = (QueryParameters.RequiredDate(from, nameof(from)), QueryParameters.RequiredDate(to, nameof(to)));
        QueryParameters.Range(fromDate, toDate, nameof(from), nameof(to));
        return (await CaseHistory.LoadAsync(session, QueryParameters.RouteKey(caseNumber), ct)).Changes(fromDate, toDate);
    }
}
