using Decisions.Shared;

namespace Decisions.Exports;

public enum ExportFormat { Json, Csv, Xlsx }

/// <summary>What the JSON endpoints that also give files share: the <c>format</c> parameter and the file answer.</summary>
public static class Export
{
    public static ExportFormat Format(string? format, string name) => format?.ToLowerInvariant() switch
    {
        null or "" or "json" => ExportFormat.Json,
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => throw new ValidationFailed(new Dictionary<string, string[]> { [name] = [$"formatet '{format}' finns inte; välj json, csv eller xlsx"] }),
    };

    /// <param name="fileStem">The download's name without its extension.</param>
    public static IResult File<T>(ExportFormat format, string fileStem, string sheetName, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows) => format switch
    {
        ExportFormat.Csv => Results.File(Csv.Write(columns, rows), "text/csv; charset=utf-8", fileStem + ".csv"),
        ExportFormat.Xlsx => Results.File(Spreadsheet.Write(sheetName, columns, rows), Spreadsheet.ContentType, fileStem + ".xlsx"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "JSON is the endpoint's own answer, not a file."),
    };
}
