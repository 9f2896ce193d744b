using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Decisions.Benchmarks.Recall;

/// <summary>
/// One way a clean text document comes out of the world, scored against the same facts file as the text: the issue asks
/// that each scores within 3 points of the clean text. <paramref name="Make"/> gets the text and the organ and date a page
/// header would repeat, and returns the file's bytes.
/// </summary>
public sealed record Variant(string Name, string Extension, Func<string, string, string, byte[]> Make);

/// <summary>Pure functions from a clean text document to another document with the same facts.</summary>
public static partial class Variants
{
    public static readonly IReadOnlyList<Variant> All =
    [
        new("flattened", ".txt", (text, _, _) => Utf8(Flattened(text))),
        new("hyphenated", ".txt", (text, _, _) => Utf8(Hyphenated(text))),
        new("page furniture", ".txt", (text, organ, date) => Utf8(PageFurniture(text, organ, date))),
        new("pdf", ".pdf", (text, _, _) => Pdf(text)),
        new("word", ".docx", (text, _, _) => Word(text)),
    ];

    static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    const char PageBreak = '\f';

    /// <summary>The text's pages: its own page breaks, else every <paramref name="lines"/> lines, as a printout would cut it.</summary>
    static List<string[]> Pages(string text, int lines)
    {
        if (text.Contains(PageBreak)) return text.Split(PageBreak).Select(p => p.Split('\n')).ToList();
        var all = text.Split('\n');
        return all.Chunk(lines).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>(a) Each page one line with single spaces, as a PDF whose text layer lost its line ends gives it.</summary>
    public static string Flattened(string text) =>
        string.Join("\n" + PageBreak, Pages(text, 45).Select(page => Space().Replace(string.Join(' ', page), " ").Trim()));

    /// <summary>
    /// (b) Lines longer than a narrow column re-wrapped to it, a word that straddles the edge broken with "-" where both
    /// parts keep at least four letters and the rest starts in lower case ("lednings-" / "kontoret"), as typesetting does.
    /// </summary>
    public static string Hyphenated(string text, int width = 60)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= width)
            {
                output.Append(line).Append('\n');
                continue;
            }
            var current = new StringBuilder();
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length == 0 || current.Length + 1 + word.Length <= width)
                {
                    if (current.Length > 0) current.Append(' ');
                    current.Append(word);
                    continue;
                }
                var room = width - current.Length - 2; // the space before the word and the hyphen after its first part
                if (room >= 4 && word.Length - room >= 4 && word[..room].All(char.IsLetter) && char.IsLower(word[room]))
                {
                    output.Append(current).Append(' ').Append(word[..room]).Append("-\n");
                    current.Clear().Append(word[room..]);
                }
                else
                {
                    output.Append(current).Append('\n');
                    current.Clear().Append(word);
                }
            }
            output.Append(current).Append('\n');
        }
        return output.ToString(0, output.Length - 1);
    }

    /// <summary>
    /// (c) A page break every <paramref name="lines"/> lines, each page opening with the organ, the date and "Sida N (M)" and
    /// closing with the signature footer, as a printed protocol repeats them.
    /// </summary>
    public static string PageFurniture(string text, string organ, string date, int lines = 40)
    {
        var pages = text.Replace(PageBreak, '\n').Split('\n').Chunk(lines).ToList();
        return string.Join("\n" + PageBreak, pages.Select((page, i) =>
        {
            var header = (organ.Length > 0 ? organ + "\n" : "") + $"{date}{(date.Length > 0 ? "                    " : "")}Sida {i + 1} ({pages.Count})\n\n";
            return header + string.Join('\n', page) + "\n\nJusterandes sign                    Utdragsbestyrkande";
        }));
    }

    /// <summary>
    /// A head line a layout would set as label and value in two columns: "Organ: Kommunstyrelsen" (a short label before a
    /// colon) or one of the labels heads write without one ("Tid 2023-11-29 …"). Only lines before the first § count.
    /// </summary>
    [GeneratedRegex(@"^(?<label>(?:Organ|Tid|Plats och tid|Plats|Sammanträdesdatum|Datum|Utses att justera|Utsetts att justera|Justerare|Justeringens plats och tid|Justeringens tid|Justering|Datum för anslags uppsättande|Datum för anslags nedtagande|Förvaringsplats(?: för protokollet)?|Beslutande|Diarienummer|Dnr|Paragrafer)(?=\s)|[\p{L}][\p{L} ]{0,38}(?=:))\s*:?\s+(?<value>\S.*)$")]
    private static partial Regex HeadPair();

    [GeneratedRegex(@"^(?:\p{Lu}{2,6}\s+)?§\s*\d")]
    private static partial Regex ParagraphHeading();

    static (string Label, string Value)? Pair(string line, bool inHead) =>
        inHead && HeadPair().Match(line.Trim()) is { Success: true } m ? (m.Groups["label"].Value, m.Groups["value"].Value) : null;

    /// <summary>Each line with whether it is still in the head, before the first § heading.</summary>
    static IEnumerable<(string Line, bool InHead)> WithHead(IEnumerable<string> lines)
    {
        var inHead = true;
        foreach (var line in lines)
        {
            inHead = inHead && !ParagraphHeading().IsMatch(line.Trim());
            yield return (line, inHead);
        }
    }

    /// <summary>Helvetica's WinAnsi encoding has å, ä, ö, § and the dashes; a character outside it (a Word bullet) becomes "-".</summary>
    static string Printable(string line)
    {
        var text = line.Replace('\t', ' ').Replace("**", "");
        var chars = text.Select(c => PdfWriter.CanShow(c) ? c : '-').ToArray();
        return new string(chars);
    }

    /// <summary>
    /// (d) A PDF in Helvetica 10 pt: one PDF page per text page (more when it overflows), long lines wrapped at the
    /// margin, head label/value pairs as two columns at different x positions, as a two-column head table prints.
    /// </summary>
    public static byte[] Pdf(string text)
    {
        const double left = 56, valueColumn = 200, top = 790, bottom = 56, leading = 14;
        const int lineWidth = 92; // Helvetica 10 pt averages about 5 pt a character: 92 fill the 483 pt between the margins
        var pdfPages = new List<List<(double X, double Y, string Text)>>();
        List<(double X, double Y, string Text)> current = null!;
        var y = 0.0;
        void NewPage()
        {
            pdfPages.Add(current = []);
            y = top;
        }
        void Write(double x, string s, bool advance = true)
        {
            if (y < bottom) NewPage();
            if (s.Length > 0) current.Add((x, y, s));
            if (advance) y -= leading;
        }

        var inHead = true;
        foreach (var page in Pages(text, 45))
        {
            NewPage();
            foreach (var raw in page)
            {
                var line = Printable(raw.Trim());
                inHead = inHead && !ParagraphHeading().IsMatch(line);
                if (Pair(line, inHead) is var (label, value))
                {
                    Write(left, label, advance: false);
                    Write(Math.Max(valueColumn, left + label.Length * 5.5 + 24), value);
                    continue;
                }
                foreach (var part in Wrap(line, s => s.Length <= lineWidth)) Write(left, part);
            }
        }
        return PdfWriter.Write(pdfPages);
    }

    /// <summary>Word-wraps a line into parts that <paramref name="fits"/> accepts; a single word too long stays whole.</summary>
    static IEnumerable<string> Wrap(string line, Func<string, bool> fits)
    {
        if (fits(line))
        {
            yield return line;
            yield break;
        }
        var current = "";
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && !fits(candidate))
            {
                yield return current;
                current = word;
            }
            else current = candidate;
        }
        yield return current;
    }

    /// <summary>
    /// (e) A Word document made with DocumentFormat.OpenXml: the head's label/value pairs as a two-column table, every
    /// other line a paragraph of its own (a line that only continues the one before, starting in lower case, joined to
    /// it as Word would hold one paragraph), a page break where the text has one.
    /// </summary>
    public static byte[] Word(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            document.AddMainDocumentPart().Document = new WordDocument(body);
            Table? table = null;
            WordParagraph? open = null;
            string previous = "";
            foreach (var (raw, inHead) in WithHead(text.Split('\n')))
            {
                var pages = raw.Split(PageBreak);
                for (var i = 0; i < pages.Length; i++)
                {
                    if (i > 0)
                    {
                        body.Append(new WordParagraph(new Run(new Break { Type = BreakValues.Page })));
                        table = null;
                        open = null;
                    }
                    var line = pages[i].Replace("**", "").Trim();
                    if (Pair(line, inHead) is var (label, value))
                    {
                        if (table is null) body.Append(table = new Table());
                        table.Append(new TableRow(Cell(label), Cell(value)));
                        open = null;
                    }
                    else if (line.Length == 0)
                    {
                        table = null;
                        open = null;
                    }
                    else if (open is not null && Continues(previous, line))
                        open.Append(new Run(new Text(" " + line) { Space = SpaceProcessingModeValues.Preserve }));
                    else
                    {
                        body.Append(open = Paragraph(line));
                        table = null;
                    }
                    previous = line;
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>A line carried over from the one before: it starts in lower case, is no new "att"-clause, and the one before did not end.</summary>
    static bool Continues(string previous, string line) =>
        char.IsLower(line[0]) && !line.StartsWith("att ", StringComparison.Ordinal) && previous.Length > 0 && !".:;!?".Contains(previous[^1]);

    static WordParagraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    static TableCell Cell(string text) => new(Paragraph(text));
}
