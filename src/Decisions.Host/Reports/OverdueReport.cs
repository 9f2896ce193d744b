using Decisions.Assignments;
using Decisions.Exports;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Decisions.Reports;

public sealed record OverdueList(DateOnly AsOf, IReadOnlyList<OverdueRow> Rows);

public static class OverdueEndpoint
{
    /// <summary>Assignments overdue on a business date; <c>format=xlsx</c> gives an Excel file, <c>format=csv</c> a CSV file Swedish Excel opens as it is.</summary>
    /// <param name="asOf">Business date (YYYY-MM-DD).</param>
    /// <param name="body">Giving body, by id or name.</param>
    [WolverineGet("/api/reports/overdue", OperationId = "OverdueReport")]
    [ProducesResponseType<OverdueList>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheet.ContentType)]
    public static async Task<IResult> Get(
        string? asOf, string? body, string? assignee, string? format, IQuerySession session, CancellationToken ct)
    {
        var export = Export.Format(format, nameof(format));
        var list = await OverdueFormat.RunAsync(session, QueryParameters.RequiredDate(asOf, nameof(asOf)), body, assignee, ct);
        return export == ExportFormat.Json
            ? Results.Ok(list)
            : Export.File(export, OverdueFormat.FileStem(list.AsOf), "Försenade uppdrag", OverdueFormat.Columns, list.Rows);
    }
}

/// <summary>What the HTTP endpoint and the command line share.</summary>
public static class OverdueFormat
{
    public static async Task<OverdueList> RunAsync(IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct) =>
        new(asOf, await OverdueReport.RunAsync(session, asOf, Blank(body), Blank(assignee), ct));

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
