using Decisions.Assignments;
using Decisions.Exports;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Decisions.Reports;

/// <param name="Total">How many assignments were overdue that day, on every page.</param>
public sealed record OverdueList(DateOnly AsOf, int Page, int PageSize, int Total, IReadOnlyList<OverdueRow> Rows);

public static class OverdueEndpoint
{
    /// <summary>
    /// Assignments overdue on a business date, a page at a time (most days overdue first); <c>format=xlsx</c> gives an
    /// Excel file, <c>format=csv</c> a CSV file Swedish Excel opens as it is, each with every row.
    /// </summary>
    /// <param name="asOf">Business date (YYYY-MM-DD).</param>
    /// <param name="body">Giving body, by id or name.</param>
    [WolverineGet("/api/reports/overdue", OperationId = "OverdueReport")]
    [ProducesResponseType<OverdueList>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheet.ContentType)]
    public static async Task<IResult> Get(
        string? asOf, string? body, string? assignee, int? page, int? pageSize, string? format, IQuerySession session, CancellationToken ct)
    {
        var export = Export.Format(format, nameof(format));
        var day = QueryParameters.RequiredDate(asOf, nameof(asOf));
        var (pageNumber, size) = (QueryParameters.Positive(page, nameof(page), 1), QueryParameters.Positive(pageSize, nameof(pageSize), 100, max: 1000));
        return export == ExportFormat.Json
            ? Results.Ok(await OverdueFormat.PageAsync(session, day, body, assignee, pageNumber, size, ct))
            : Export.File(export, OverdueFormat.FileStem(day), "Försenade uppdrag", OverdueFormat.Columns, (await OverdueFormat.RunAsync(session, day, body, assignee, ct)).Rows);
    }
}

/// <summary>What the HTTP endpoint and the command line share.</summary>
public static class OverdueFormat
{
    /// <summary>Every row, as one page.</summary>
    public static async Task<OverdueList> RunAsync(IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct)
    {
        var rows = await OverdueReport.RunAsync(session, asOf, Blank(body), Blank(assignee), ct);
        return new(asOf, 1, rows.Count, rows.Count, rows);
    }

    /// <summary>Rows <paramref name="page"/> of the report; only those are completed with their decisions.</summary>
    public static async Task<OverdueList> PageAsync(IQuerySession session, DateOnly asOf, string? body, string? assignee, int page, int pageSize, CancellationToken ct)
    {
        var entries = await OverdueReport.FindAsync(session, asOf, Blank(body), Blank(assignee), ct);
        var shown = entries.Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize).ToList();
        return new(asOf, page, pageSize, entries.Count, await OverdueReport.RowsAsync(session, asOf, shown, await OverdueReport.BodiesAsync(session, shown, ct), ct));
    }

    /// <summary>The command line writes text to standard output, so it offers JSON and CSV.</summary>
    public static bool IsCsv(string? format, string name) => Export.Format(format, name) switch
    {
        ExportFormat.Json => false,
        ExportFormat.Csv => true,
        _ => throw new ValidationFailed(new Dictionary<string, string[]> { [name] = [$"formatet '{format}' skrivs inte här; välj json eller csv"] }),
    };

    public static string FileStem(DateOnly asOf) => $"forsenade-uppdrag-{asOf:yyyy-MM-dd}";

    public static readonly IReadOnlyList<Column<OverdueRow>> Columns =
    [
        Column<OverdueRow>.Text("Uppdrag", r => r.AssignmentId, 36),
        Column<OverdueRow>.Text("Uppdragstagare", r => r.Assignee, 24),
        Column<OverdueRow>.Text("Uppgift", r => r.Task, 60),
        Column<OverdueRow>.Text("Organ", r => r.GivingBody.Name),
        Column<OverdueRow>.Text("Beslut", r => r.GivingDecision.Id, 36),
        Column<OverdueRow>.Date("Beslutsdatum", r => r.GivingDecision.Date),
        Column<OverdueRow>.Number("Paragraf", r => r.GivingDecision.Paragraph),
        Column<OverdueRow>.Text("Förfaller", r => r.DueText),
        Column<OverdueRow>.Date("Förfallodag", r => r.EffectiveDue),
        Column<OverdueRow>.Number("Dagar försenat", r => r.DaysOverdue),
        Column<OverdueRow>.Text("Senaste delrapport", r => r.LastPartialReport?.Summary, 40),
        Column<OverdueRow>.Date("Delrapportens datum", r => r.LastPartialReport?.On, 14),
    ];

    public static byte[] Csv(IReadOnlyList<OverdueRow> rows) => Exports.Csv.Write(Columns, rows);

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
