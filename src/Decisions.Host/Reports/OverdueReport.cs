using System.Globalization;
using System.Text;
using Decisions.Assignments;
using Decisions.Queries;
using Decisions.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Decisions.Reports;

public sealed record OverdueList(DateOnly AsOf, IReadOnlyList<OverdueRow> Rows);

public static class OverdueEndpoint
{
    /// <summary>Assignments overdue on a business date; <c>format=csv</c> gives a file Swedish Excel opens as it is.</summary>
    /// <param name="asOf">Business date (YYYY-MM-DD).</param>
    /// <param name="body">Giving body, by id or name.</param>
    [WolverineGet("/api/reports/overdue", OperationId = "OverdueReport")]
    [ProducesResponseType<OverdueList>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(
        string? asOf, string? body, string? assignee, string? format, IQuerySession session, CancellationToken ct)
    {
        var csv = OverdueFormat.IsCsv(format, nameof(format));
        var list = await OverdueFormat.RunAsync(session, QueryParameters.RequiredDate(asOf, nameof(asOf)), body, assignee, ct);
        return csv
            ? Results.File(OverdueFormat.Csv(list.Rows), "text/csv; charset=utf-8", OverdueFormat.FileName(list.AsOf))
            : Results.Ok(list);
    }
}

/// <summary>What the HTTP endpoint and the command line share.</summary>
public static class OverdueFormat
{
    public static async Task<OverdueList> RunAsync(IQuerySession session, DateOnly asOf, string? body, string? assignee, CancellationToken ct) =>
        new(asOf, await OverdueReport.RunAsync(session, asOf, Blank(body), Blank(assignee), ct));

    public static bool IsCsv(string? format, string name) => format?.ToLowerInvariant() switch
    {
        null or "" or "json" => false,
        "csv" => true,
        _ => throw new ValidationFailed(new Dictionary<string, string[]> { [name] = [$"formatet '{format}' finns inte; välj json eller csv"] }),
    };

    public static string FileName(DateOnly asOf) => $"forsenade-uppdrag-{asOf:yyyy-MM-dd}.csv";

    static readonly string[] Headers =
        ["Uppdrag", "Uppdragstagare", "Uppgift", "Organ", "Beslut", "Beslutsdatum", "Paragraf", "Förfaller", "Förfallodag",
         "Dagar försenat", "Senaste delrapport", "Delrapportens datum"];

    /// <summary>
    /// Swedish Excel reads ';' as the list separator (',' is the decimal sign) and needs the BOM to take the
    /// file as UTF-8 rather than the ANSI code page, which would garble å, ä and ö.
    /// </summary>
    public static byte[] Csv(IReadOnlyList<OverdueRow> rows)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var r in rows)
            Line(text, [
                r.AssignmentId, r.Assignee, r.Task, r.GivingBody.Name, r.GivingDecision.Id, Iso(r.GivingDecision.Date),
                r.GivingDecision.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "", r.DueText, Iso(r.EffectiveDue),
                r.DaysOverdue.ToString(CultureInfo.InvariantCulture), r.LastPartialReport?.Summary ?? "",
                r.LastPartialReport is { } p ? Iso(p.On) : ""]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static void Line(StringBuilder text, IEnumerable<string> fields) => text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");

    static string Quote(string field)
    {
        field = Neutralise(field);
        return field.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }

    /// <summary>
    /// Excel runs a cell that starts with =, +, - or @ (or a tab or carriage return before one) as a formula, so a
    /// task written as "=HYPERLINK(…)" in a protocol would run on the controller's machine; a leading apostrophe
    /// makes it text. Our own numbers and dates never start so.
    /// </summary>
    static string Neutralise(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;

    static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
