using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Decisions.Exports;

/// <summary>
/// An XLSX file of one sheet from a row model: Swedish headings in a bold first row that stays in view when scrolling,
/// a filter on every column, dates as dates (a number with the ÅÅÅÅ-MM-DD format, so Excel sorts and filters them as
/// dates), numbers as numbers. Municipal controllers work in Excel, so this is the file they are given.
/// </summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel refuses (and offers to "repair") a file with a longer cell.</summary>
    const int MaxCellLength = 32_767;

    // Style indexes into the cell formats below; 164 and up are a workbook's own number formats.
    const uint HeaderStyle = 1, DateStyle = 2, TimeStyle = 3;
    const uint DateFormat = 164, TimeFormat = 165;

    public static byte[] Write<T>(string sheetName, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();

            var data = new SheetData(new Row(columns.Select((c, i) => Text(Reference(i, 1), c.Name, HeaderStyle))) { RowIndex = 1 });
            var last = 1u;
            foreach (var row in rows)
            {
                last++;
                data.Append(new Row(columns.Select((c, i) => Cell(Reference(i, last), c.Kind, c.Value(row))).OfType<Cell>()) { RowIndex = last });
            }
            var range = $"A1:{Reference(columns.Count - 1, last)}";
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { TabSelected = true, WorkbookViewId = 0 }),
                new Columns(columns.Select((c, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
                    { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                data,
                new AutoFilter { Reference = range });

            var name = SheetName(sheetName);
            workbook.Workbook = new Workbook(
                new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name }),
                // Excel keeps a filter's range under this hidden name as well; without it some versions drop the filter.
                new DefinedNames(new DefinedName($"'{name.Replace("'", "''")}'!{Absolute(range)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        }
        return stream.ToArray();
    }

    static Cell? Cell(string reference, CellKind kind, object? value) => (kind, value) switch
    {
        (_, null) => null,
        (CellKind.Date, DateOnly date) => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) },
        (CellKind.Time, DateTime local) => new Cell { CellReference = reference, StyleIndex = TimeStyle, CellValue = new CellValue(local.ToOADate()) },
        (CellKind.Number, long number) => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        _ => Text(reference, value.ToString() ?? "", null),
    };

    /// <summary>An inline string: no formula is ever written, so text that starts with '=' stays text.</summary>
    static Cell Text(string reference, string text, uint? style)
    {
        text = XmlChars.Clean(text);
        if (text.Length > MaxCellLength) text = text[..(MaxCellLength - 1)] + "…";
        return new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
            { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style is { } index ? index : null };
    }

    static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = TimeFormat, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(0, 1),
            Format(DateFormat, 0),
            Format(TimeFormat, 0)) { Count = 4 });

    static CellFormat Format(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, FormatId = 0,
        ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0,
    };

    /// <summary>"A1" from a 0-based column and a 1-based row.</summary>
    static string Reference(int column, uint row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    static string Absolute(string range) => string.Join(':', range.Split(':').Select(cell =>
        "$" + string.Concat(cell.TakeWhile(char.IsLetter)) + "$" + string.Concat(cell.SkipWhile(char.IsLetter))));

    /// <summary>A sheet's name is at most 31 characters and may not hold : \ / ? * [ ].</summary>
    static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c)]).Trim();
        return cleaned.Length == 0 ? "Blad1" : cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
