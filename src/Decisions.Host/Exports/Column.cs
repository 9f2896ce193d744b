namespace Decisions.Exports;

/// <summary>What a cell holds, so each file format writes it as its readers expect (a date as a date, not as text).</summary>
public enum CellKind { Text, Number, Date, Time }

/// <summary>
/// One column of an export: its Swedish heading and how a row model gives its value. The same columns make the CSV and
/// the XLSX file, so the two never disagree about what a column is called or holds.
/// </summary>
/// <param name="Width">In characters, for the spreadsheet.</param>
public sealed record Column<T>(string Name, CellKind Kind, Func<T, object?> Value, double Width)
{
    public static Column<T> Text(string name, Func<T, string?> value, double width = 30) => new(name, CellKind.Text, value, width);

    public static Column<T> Number(string name, Func<T, long?> value, double width = 12) => new(name, CellKind.Number, r => value(r), width);

    /// <summary>A business date: written ÅÅÅÅ-MM-DD.</summary>
    public static Column<T> Date(string name, Func<T, DateOnly?> value, double width = 12) => new(name, CellKind.Date, r => value(r), width);

    /// <summary>An instant (when something was recorded): written in Swedish local time, ÅÅÅÅ-MM-DD tt:mm.</summary>
    public static Column<T> Time(string name, Func<T, DateTimeOffset?> value, double width = 17) =>
        new(name, CellKind.Time, r => value(r) is { } instant ? TimeZoneInfo.ConvertTime(instant, Web.Parts.Stockholm).DateTime : null, width);
}
