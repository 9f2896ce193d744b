using System.Text.RegularExpressions;
using Decisions.Calendar;

namespace Decisions.Import;

/// <summary>One line of the document: 1-based number, the text without markup, and its PDF page.</summary>
internal readonly record struct SourceLine(int Number, string Text, int? Page, bool IsHeading);

/// <summary>
/// Reads minutes, extracts and official reports into a <see cref="DocumentPreview"/>. Pure and total:
/// it never throws on text; what it cannot read becomes a warning with the line number.
/// </summary>
public static partial class ProtocolParser
{
    /// <summary>Starts the warning for a paragraph the parser itself failed on; the robustness tests look for it.</summary>
    internal const string InternalError = "internt fel";

    [GeneratedRegex(@"^(?:protokollsutdrag|utdrag\s+ur\s+(?:\w+\s+){0,3}protokoll|utdrag\s+ur\s+protokollet|utdrag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtractMarker();

    [GeneratedRegex(@"^(?:protokoll\b|sammanträdesprotokoll|anslag\s*/\s*bevis|tjänstgörande\s+ledamöter|beslutande(?:\s+ledamöter)?\b|närvarande\s+ersättare|justerandes\s+signatur)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolMarker();

    [GeneratedRegex(@"^(?:tjänsteskrivelse|föredragnings-?\s?pm|föredragnings-?promemoria|i\s+tjänsten|ärendebeskrivning\b|förslag\s+till\s+beslut\b|[\w.-]+s\s+förslag\s*:?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportMarker();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex MarkdownHeading();

    /// <summary>Extract markers sit in the document head; further down "utdrag" means a distribution list.</summary>
    const int ExtractMarkerLines = 40;

    public static DocumentPreview Parse(DocumentText document) => Parse(document.Text, document.Source);

    public static DocumentPreview Parse(string text, string source)
    {
        var warnings = new List<ParseWarning>();
        var lines = ReadLines(text ?? "");
        var kind = Classify(lines, warnings);
        var header = new HeaderReader(kind, warnings);
        var drafts = Collect(lines, kind, header, warnings);

        var reference = header.MeetingDate ?? header.DocumentDate;
        var context = new DocumentContext(kind, header.Body, reference, warnings);
        var paragraphs = new List<ParagraphPreview>();
        string? addressedBody = null;
        foreach (var draft in drafts)
        {
            var (paragraph, addressed) = ReadSafely(draft, context);
            paragraphs.Add(paragraph);
            addressedBody ??= addressed;
        }

        // A report's head often names no organ; the body it asks to decide is the one it is written for.
        var body = header.Body ?? (kind == DocumentKind.OfficialReport ? addressedBody : null);
        paragraphs = paragraphs.Select(p => p with
        {
            Proposals = body is null ? p.Proposals : p.Proposals.Select(q => q.To is null ? q with { To = body } : q).ToList(),
            CaseNumber = p.CaseNumber ?? (p.Number is null ? header.CaseNumber : null),
        }).ToList();

        var preview = new DocumentPreview
        {
            Source = source,
            DocumentKind = kind,
            Body = body,
            Title = kind == DocumentKind.Protocol ? null : paragraphs.FirstOrDefault(p => p.Number is null)?.Title,
            CaseNumber = header.CaseNumber,
            MeetingDate = header.MeetingDate,
            MeetingStart = header.MeetingStart,
            MeetingEnd = header.MeetingEnd,
            Place = header.Place,
            DocumentDate = header.DocumentDate,
            AdjustedBy = header.AdjustedBy,
            AdjustLatest = context.AdjustLatest,
            AdjustedOn = header.AdjustedOn,
            PostedOn = header.PostedOn,
            TakenDownOn = header.TakenDownOn,
            AppealEndsOn = header.PostedOn is { } posted ? LegalClocks.AppealEndsOn(posted) : null,
            Serving = header.Serving,
            PresentSubstitutes = header.Substitutes,
            Others = header.Others,
            Paragraphs = paragraphs,
            Warnings = warnings,
        };
        CheckClocks(preview, warnings, lines);
        return preview;
    }

    static List<SourceLine> ReadLines(string text)
    {
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var paginated = text.Contains('\f');
        var page = 1;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw;
            if (paginated && line.Contains('\f'))
            {
                page += line.AsSpan().Count('\f');
                line = line.Replace('\f', ' ');
            }
            if (line.Contains('*')) line = line.Replace("**", "");
            if (line.Contains('\u00A0')) line = line.Replace('\u00A0', ' ');
            line = line.Trim();
            if (line.Length > 0 && line[0] >= '\uF000' && line[0] <= '\uF0FF') line = line.TrimStart(PrivateUseBullets).Trim();
            var heading = line.StartsWith('#') ? MarkdownHeading().Match(line) : Match.Empty;
            if (heading.Success) line = line[heading.Length..].Trim();
            lines.Add(new SourceLine(number, line, paginated ? page : null, heading.Success && line.Length > 0));
        }
        return lines;
    }

    /// <summary>Word exports write list bullets as private-use symbol characters ("").</summary>
    static readonly char[] PrivateUseBullets = Enumerable.Range(0xF000, 0x100).Select(c => (char)c).ToArray();

    static DocumentKind Classify(List<SourceLine> lines, List<ParseWarning> warnings)
    {
        bool extract = false, protocol = false, report = false;
        foreach (var line in lines)
        {
            // An extract marker decides the kind; after a protocol marker only one in the head still could.
            if (extract || protocol && line.Number > ExtractMarkerLines) break;
            if (line.Text.Length == 0) continue;
            extract = line.Number <= ExtractMarkerLines && ExtractMarker().IsMatch(line.Text);
            protocol = protocol || ProtocolMarker().IsMatch(line.Text);
            report = report || !protocol && ReportMarker().IsMatch(line.Text);
        }
        if (extract) return DocumentKind.Extract;
        if (protocol) return DocumentKind.Protocol;
        if (report) return DocumentKind.OfficialReport;
        warnings.Add(new(null, "inget huvud visar om detta är ett protokoll, ett utdrag eller en skrivelse; det läses som ett protokollsutdrag"));
        return DocumentKind.Extract;
    }

    /// <summary>Splits the lines into the head and one draft per §; a report is one undivided draft.</summary>
    static List<ParagraphDraft> Collect(List<SourceLine> lines, DocumentKind kind, HeaderReader header, List<ParseWarning> warnings)
    {
        var drafts = new List<ParagraphDraft>();
        var seen = new HashSet<string>();
        ParagraphDraft? current = null;
        var headings = lines.Select(l => kind == DocumentKind.OfficialReport ? null : Heading(l)).ToList();
        var divided = headings.Any(h => h is not null);
        if (!divided)
        {
            var first = lines.FirstOrDefault(l => l.Text.Length > 0);
            current = new ParagraphDraft(null, null, null, first.Number, first.Page);
            drafts.Add(current);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (headings[i] is { } heading)
            {
                var number = heading.Groups["num"].Value.Replace(" ", "");
                var title = heading.Groups["title"].Value.Trim();
                if (SwedishText.TocLeader().IsMatch(title) || header.InContents && header.IsContentsEntry(number)) continue;
                header.EndContents();
                if (current?.Number == number) continue; // the heading repeated at the top of a new page
                if (!seen.Add(number)) warnings.Add(new(line.Number, $"§ {number} appears a second time"));
                current = new ParagraphDraft(number, heading.Groups["prefix"].Success ? heading.Groups["prefix"].Value : null,
                    title.Length == 0 ? null : title, line.Number, line.Page);
                drafts.Add(current);
                header.ContentStarted = header.InParagraph = true;
                continue;
            }
            if (!divided && !header.ContentStarted && line.Text.Length > 0 && (line.IsHeading || ParagraphReader.SectionOf(line.Text) is not null))
                header.ContentStarted = true;
            if (header.Read(line)) continue;
            current?.Lines.Add(line);
        }
        if (kind == DocumentKind.Protocol && drafts.Count == 0)
            warnings.Add(new(null, "protokollet har ingen §-rubrik, så ingen paragraf kunde läsas"));
        return drafts;
    }

    static Match? Heading(SourceLine line)
    {
        // Every heading holds a "§" and few other lines do: looking for one is far cheaper than the pattern.
        if (!line.Text.Contains('§')) return null;
        var m = SwedishText.ParagraphHeading().Match(line.Text);
        return m.Success ? m : null;
    }

    /// <summary>A paragraph the reader cannot handle is kept with its lines and a warning, never lost.</summary>
    static (ParagraphPreview, string?) ReadSafely(ParagraphDraft draft, DocumentContext context)
    {
        try
        {
            return ParagraphReader.Read(draft, context);
        }
        catch (Exception e)
        {
            // Minutes we have not seen must not stop an import: the reviewer sees the paragraph and why.
            context.Warnings.Add(new(draft.FirstLine, $"{InternalError}: paragrafen kunde inte läsas ({e.GetType().Name}: {e.Message})"));
            return (new ParagraphPreview { Number = draft.Number, Title = draft.Title, FirstLine = draft.FirstLine, LastLine = draft.LastLine, Page = draft.Page }, null);
        }
    }

    /// <summary>The kommunallag clocks let the importer point at dates that cannot all be right.</summary>
    static void CheckClocks(DocumentPreview p, List<ParseWarning> warnings, List<SourceLine> lines)
    {
        if (p.DocumentKind == DocumentKind.Protocol && p.MeetingDate is null)
            warnings.Add(new(null, "inget sammanträdesdatum hittades i protokollet"));
        if (p.DocumentKind != DocumentKind.OfficialReport && p.Body is null)
            warnings.Add(BodyMissing(lines));
        if (p.MeetingDate is { } met && p.AdjustedOn is { } adjusted && adjusted > LegalClocks.AdjustmentDue(met))
            warnings.Add(new(null, $"justeringen {adjusted:yyyy-MM-dd} ligger mer än 14 dagar efter sammanträdet"));
        // Lag 1930:173 moves a posting due on a weekend or holiday to the next working day.
        if (p.AdjustedOn is { } a && p.PostedOn is { } posted
            && (posted < a || posted > SwedishCalendar.NextWorkingDayFrom(LegalClocks.PostingDue(a))))
            warnings.Add(new(null, $"anslaget {posted:yyyy-MM-dd} sattes inte upp inom två dagar efter justeringen {a:yyyy-MM-dd}"));
        if (p.TakenDownOn is { } down && p.AppealEndsOn is { } appeal && down < appeal)
            warnings.Add(new(null, $"anslaget tas ned {down:yyyy-MM-dd}, innan överklagandetiden löper ut {appeal:yyyy-MM-dd}"));
    }

    /// <summary>Points the reviewer at the line where a body decides ("Arbetsutskottet beslutar"), if any.</summary>
    static ParseWarning BodyMissing(List<SourceLine> lines)
    {
        const string message = "inget organ anges i huvudet; det lämnas tomt i stället för att gissas";
        foreach (var line in lines)
        {
            if (!line.Text.Contains("beslutar", StringComparison.OrdinalIgnoreCase)) continue;
            var body = SwedishText.BodyName().Match(line.Text);
            if (body.Success) return new(line.Number, $"{message} (texten säger bara \"{body.Value} beslutar\")");
        }
        return new(null, message);
    }
}
