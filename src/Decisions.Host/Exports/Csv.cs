using System.Globalization;
using System.Text;

namespace Decisions.Exports;

/// <summary>A CSV file that Swedish Excel opens as it is.</summary>
public static class Csv
{
    /// <summary>
    /// Swedish Excel reads ';' as the list separator (',' is the decimal sign) and needs the BOM to take the
    /// file as UTF-8 rather than the ANSI code page, which would garble å, ä and ö.
    /// </summary>
    public static byte[] Write<T>(IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Name));
        foreach (var row in rows) Line(text, columns.Select(c => Field(c.Kind, c.Value(row))));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static string Field(CellKind kind, object? value) => (kind, value) switch
    {
        (_, null) => "",
        (CellKind.Date, DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (CellKind.Time, DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        (_, IFormattable number) => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

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
}
