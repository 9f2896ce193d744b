using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decisions.Import;

/// <summary>
/// A Word document's text in reading order: body paragraphs, list items with the number or bullet Word shows,
/// tables a row to a line with cells separated by a tab (so a head table reads "Label\tValue"), and a form feed at
/// page and section breaks. Headers and footers are page furniture and are left out.
/// </summary>
static class DocxText
{
    const string Damaged = "Word-dokumentet är skadat och kan inte läsas";

    public static DocumentText Read(byte[] bytes, string source, ReadingLimits limits)
    {
        try
        {
            // The part is read as XML into memory: a limit on its characters keeps a compressed bomb from doing so.
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxStreamBytes / 2 };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new DocumentRejected(source, Damaged);
            var writer = new Writer(new Numbering(document.MainDocumentPart), limits.MaxCharacters, source);
            writer.Blocks(body.ChildElements);
            var text = writer.Text();
            if (string.IsNullOrWhiteSpace(text.Replace('\f', ' '))) throw new DocumentRejected(source, "Word-dokumentet innehåller ingen text");
            return new DocumentText(source, text, "docx", writer.Pages);
        }
        catch (System.Xml.XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new DocumentRejected(source, $"Word-dokumentets innehåll är större än {limits.MaxStreamBytes / 2} tecken XML; filen läses inte");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new DocumentRejected(source, Damaged);
        }
    }

    sealed class Writer(Numbering numbering, int maxCharacters, string source)
    {
        readonly StringBuilder text = new();
        public int Pages { get; private set; } = 1;

        public string Text() => text.ToString().TrimEnd('\n', '\f');

        public void Blocks(IEnumerable<OpenXmlElement> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph: Line(Paragraph(paragraph)); break;
                    case Table table: Table(table); break;
                    // Content controls and tracked insertions wrap ordinary paragraphs and tables.
                    case SdtBlock or SdtContentBlock or InsertedRun or CustomXmlBlock: Blocks(block.ChildElements); break;
                }
                if (text.Length > maxCharacters)
                    throw new DocumentRejected(source, $"texten är längre än {maxCharacters} tecken; dela upp dokumentet");
            }
        }

        void Line(string line)
        {
            // The rest of a paragraph broken by a page break: nothing left means no empty line at the top of the page.
            if (line.Length == 0 && text.Length > 0 && text[^1] == '\f') return;
            text.Append(line).Append('\n');
        }

        string Paragraph(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var line = new StringBuilder();
            if (properties?.PageBreakBefore is { } before && (before.Val?.Value ?? true)) NewPage(line);
            if (numbering.Label(paragraph) is { } label) line.Append(label).Append(' ');
            Runs(paragraph, line);
            // A section ends on the paragraph that holds its properties; a continuous one stays on the page.
            if (properties?.SectionProperties is { } section
                && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
                NewPage(line);
            return line.ToString();
        }

        /// <summary>Ends the page: what the paragraph said before the break is its page's last line.</summary>
        void NewPage(StringBuilder line)
        {
            if (line.Length > 0) text.Append(line).Append('\n');
            line.Clear();
            text.Append('\f');
            Pages++;
        }

        void Runs(OpenXmlElement element, StringBuilder line)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t: line.Append(t.Text); break;
                    case TabChar or PositionalTab: line.Append('\t'); break;
                    case Break br when br.Type?.Value == BreakValues.Page: NewPage(line); break;
                    case Break br when br.Type?.Value == BreakValues.Column: line.Append('\n'); break;
                    case Break or CarriageReturn: line.Append('\n'); break;
                    case NoBreakHyphen: line.Append('-'); break;
                    // Deleted text, field codes, drawings and footnote marks are not what the page says.
                    case DeletedRun or DeletedText or FieldCode or Drawing or Picture or AlternateContent or FootnoteReference or EndnoteReference: break;
                    default: Runs(child, line); break;
                }
            }
        }

        /// <summary>A row to a line, cells separated by a tab; a cell of several lines continues on the next lines under its column.</summary>
        void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>().Select(CellLines).ToList();
                for (var i = 0; i < cells.Max(c => (int?)c.Count); i++)
                    Line(string.Join('\t', cells.Select(c => i < c.Count ? c[i] : "")).TrimEnd('\t'));
            }
        }

        List<string> CellLines(TableCell cell)
        {
            var inner = new Writer(numbering, maxCharacters, source);
            inner.Blocks(cell.ChildElements);
            return inner.Text().Replace("\f", "").Split('\n').Where(l => l.Length > 0).ToList();
        }
    }

    /// <summary>
    /// The labels Word draws before list items: "1.", "2.1", "a)" or a bullet, counted per list as Word counts them.
    /// </summary>
    sealed class Numbering(MainDocumentPart part)
    {
        readonly Dictionary<int, int[]> counters = [];

        public string? Label(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph);
            if (properties?.NumberingId?.Val?.Value is not { } numId || numId == 0) return null;
            var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
            var definitions = part.NumberingDefinitionsPart?.Numbering;
            var instance = definitions?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var levels = definitions?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?.Elements<Level>().ToList();
            if (levels is null || levels.Count == 0) return "•";
            var counts = counters.TryGetValue(numId, out var c) ? c : counters[numId] = new int[9];
            level = Math.Clamp(level, 0, 8);
            counts[level] = counts[level] == 0 ? Start(levels, level) : counts[level] + 1;
            for (var deeper = level + 1; deeper < 9; deeper++) counts[deeper] = 0;
            var definition = Level(levels, level);
            if (definition?.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet) return "•";
            var pattern = definition?.LevelText?.Val?.Value ?? $"%{level + 1}.";
            for (var l = 0; l <= level; l++)
                pattern = pattern.Replace($"%{l + 1}", Format(Math.Max(counts[l], Start(levels, l)), Level(levels, l)?.NumberingFormat?.Val?.Value));
            return pattern;
        }

        NumberingProperties? StyleNumbering(Paragraph paragraph)
        {
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (styleId is null) return null;
            var style = part.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            return style?.StyleParagraphProperties?.NumberingProperties;
        }

        static Level? Level(List<Level> levels, int level) => levels.FirstOrDefault(l => l.LevelIndex?.Value == level);

        static int Start(List<Level> levels, int level) => Level(levels, level)?.StartNumberingValue?.Val?.Value ?? 1;

        static string Format(int n, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.LowerLetter) return Letters(n).ToLowerInvariant();
            if (format == NumberFormatValues.UpperLetter) return Letters(n);
            if (format == NumberFormatValues.LowerRoman) return Roman(n).ToLowerInvariant();
            if (format == NumberFormatValues.UpperRoman) return Roman(n);
            return n.ToString(CultureInfo.InvariantCulture);
        }

        static string Letters(int n) => new((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

        static string Roman(int n)
        {
            var result = new StringBuilder();
            foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
                for (; n >= value; n -= value) result.Append(numeral);
            return result.ToString();
        }
    }
}
