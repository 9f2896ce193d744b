using System.Text.RegularExpressions;
using Decisions.Calendar;

namespace Decisions.Import;

/// <summary>
/// Reads minutes, extracts and official reports into a <see cref="DocumentPreview"/>. Pure and total:
/// it never throws on text; what it cannot read becomes a warning with the line number.
/// </summary>
public static partial class ProtocolParser
{
    /// <summary>Starts the warning for a paragraph the parser itself failed on; the robustness tests look for it.</summary>
    internal const string InternalError = "internt fel";

    [GeneratedRegex(@"^(?:protokollsutdrag|protokoll\s+utdrag|utdrag\s+ur\s+(?:\w+\s+){0,3}protokoll|utdrag\s+ur\s+protokollet|utdrag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtractMarker();

    [GeneratedRegex(@"^(?:protokoll\b|sammanträdesprotokoll|anslag\s*/\s*bevis|tjänstgörande\s+ledamöter|beslutande(?:\s+ledamöter)?\b|närvarande\s+ersättare|justerandes\s+signatur)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtocolMarker();

    [GeneratedRegex(@"^(?:tjänsteskrivelse|föredragnings-?\s?pm|föredragnings-?promemoria|i\s+tjänsten|ärendebeskrivning\b|förslag\s+till\s+beslut\b|[\w.-]+s\s+förslag\s*:?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportMarker();

    /// <summary>Extract markers sit in the document head; further down "utdrag" means a distribution list.</summary>
    const int ExtractMarkerLines = 40;

    /// <summary>
    /// The kind written after other words of a head line ("TORVBY KOMMUN PROTOKOLLSUTDRAG Sida 1 (2)", "Rödhamns kommun
    /// Protokoll"), as a head in columns reads once its gaps are gone; "protokoll" alone only as the line's last word.
    /// </summary>
    [GeneratedRegex(@"\s(?:(?<extract>protokollsutdrag|protokoll\s+utdrag|utdrag\s+ur\s+(?:\w+\s+){0,3}protokoll(?:et)?)\b|(?:sammanträdes)?protokoll\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindInHeadLine();

    /// <summary>A head set in columns ("TORVBY KOMMUN      PROTOKOLLSUTDRAG      Sida 1") names the kind in any column.</summary>
    [GeneratedRegex(@"\t+|\s{2,}")]
    private static partial Regex ColumnGap();

    public static DocumentPreview Parse(DocumentText document) => Parse(document.Text, document.Source);

    public static DocumentPreview Parse(string text, string source)
    {
        var warnings = new List<ParseWarning>();
        var lines = TextNormaliser.Normalise(SourceLines.Read(text ?? ""));
        if (NotMinutes.WhatItIs(lines) is { } notMinutes) return Refused(source, DocumentKind.Extract, NotMinutes.Refusal(notMinutes), warnings);
        var (kind, known) = Classify(lines, warnings);
        var reader = new HeadReader(kind, warnings);
        var drafts = ParagraphSplitter.Split(lines, kind, reader, warnings);
        if (kind != DocumentKind.OfficialReport) reader.ReadPostingSentences(PostingBlocks(lines).SelectMany(SwedishText.Sentences));
        var head = reader.Result();
        if (drafts.Count > Limits.Paragraphs) return Refused(source, kind, Limits.TooManyParagraphs(drafts.Count), warnings);

        var reference = head.MeetingDate ?? head.DocumentDate;
        var context = new DocumentContext(kind, head.Body, reference);
        var paragraphs = new List<ParagraphPreview>();
        string? addressedBody = null;
        DateOnly? adjustLatest = null;
        foreach (var draft in drafts)
        {
            var (paragraph, addressed, latest) = ReadSafely(draft, context, warnings);
            paragraphs.Add(paragraph);
            addressedBody ??= addressed;
            adjustLatest ??= latest;
        }

        paragraphs = CapAssignments(paragraphs, warnings);
        // "Protokollet ska vara justerat senast den 2 december 2025" may stand in the head, outside every §.
        adjustLatest ??= AdjustLatestInHead(lines, drafts, reference);

        // Minutes need §§; a document that is neither minutes, an extract nor a report by its head, and decides nothing,
        // is something else (a letter, a page of figures), never one unnumbered paragraph of invented facts.
        var numbered = paragraphs.Any(p => p.Number is not null);
        if (kind == DocumentKind.Protocol && !numbered) return Refused(source, kind, NotMinutes.NoParagraphs, warnings);
        if (!known && !numbered && paragraphs.All(p => p.Decisions.Count == 0 && p.Proposals.Count == 0))
            return Refused(source, kind, NotMinutes.NoHeadNoDecision, warnings);

        var guesses = head.Guesses.ToList();
        if (!known) guesses.Add(new GuessedFact("documentKind", "inget huvud visar vilket slags dokument det är; det läses som ett protokollsutdrag"));
        // A report's head often names no organ; the body it asks to decide is the one it is written for.
        var body = head.Body ?? (kind == DocumentKind.OfficialReport ? addressedBody : null);
        if (head.Body is null && body is not null) guesses.Add(new GuessedFact("body", "skrivelsen anger inget organ; det är det organ som förslagen riktas till"));
        paragraphs = paragraphs.Select(p => p with
        {
            Proposals = body is null ? p.Proposals : p.Proposals.Select(q => q.To is null ? q with { To = body } : q).ToList(),
            CaseNumber = p.CaseNumber ?? (p.Number is null ? head.CaseNumber : null),
        }).ToList();

        var preview = new DocumentPreview
        {
            Source = source,
            DocumentKind = kind,
            Body = body,
            Title = kind == DocumentKind.Protocol ? null : paragraphs.FirstOrDefault(p => p.Number is null)?.Title,
            CaseNumber = head.CaseNumber,
            MeetingDate = head.MeetingDate,
            MeetingStart = head.MeetingStart,
            MeetingEnd = head.MeetingEnd,
            Place = head.Place,
            DocumentDate = head.DocumentDate,
            AdjustedBy = head.AdjustedBy,
            AdjustLatest = adjustLatest,
            AdjustedOn = head.AdjustedOn,
            PostedOn = head.PostedOn,
            TakenDownOn = head.TakenDownOn,
            AppealEndsOn = head.PostedOn is { } posted ? LegalClocks.AppealEndsOn(posted) : null,
            Serving = head.Serving,
            PresentSubstitutes = head.Substitutes,
            Others = head.Others,
            Paragraphs = paragraphs,
            Warnings = warnings,
            Guesses = guesses,
        };
        CheckClocks(preview, warnings, lines);
        return preview;
    }

    /// <summary>The typographic paragraphs (lines between blank lines) that may speak of the posting, joined.</summary>
    static IEnumerable<string> PostingBlocks(List<SourceLine> lines)
    {
        // The words hold no space and the lines are joined with one, so a block speaks of the posting when one of its
        // lines does; only those blocks are joined.
        var start = -1;
        var posting = false;
        for (var i = 0; i <= lines.Count; i++)
        {
            var text = i < lines.Count ? lines[i].Text : "";
            if (text.Length > 0)
            {
                if (start < 0) start = i;
                posting = posting || SpeaksOfPosting(text);
                continue;
            }
            if (posting)
            {
                var block = new System.Text.StringBuilder();
                for (var j = start; j < i; j++) block.Append(lines[j].Text).Append(' ');
                yield return block.ToString();
            }
            start = -1;
            posting = false;
        }
    }

    static DateOnly? AdjustLatestInHead(List<SourceLine> lines, List<ParagraphDraft> drafts, DateOnly? reference)
    {
        var firstParagraph = drafts.FirstOrDefault(d => d.Number is not null)?.FirstLine ?? int.MaxValue;
        foreach (var line in lines)
        {
            if (line.Number >= firstParagraph) break;
            if (line.Text.Contains("juster", StringComparison.OrdinalIgnoreCase) && ParagraphReader.AdjustLatestIn(line.Text, reference) is { } date) return date;
        }
        return null;
    }

    static readonly CaselessWord MadeKnown = new("tillkänna");

    static bool SpeaksOfPosting(string text) =>
        text.Contains("ansl", StringComparison.OrdinalIgnoreCase) || MadeKnown.In(text)
        || text.Contains("publicera", StringComparison.OrdinalIgnoreCase);

    /// <summary>Keeps the first <see cref="Limits.AssignmentsPerDocument"/> assignments and says so if there were more.</summary>
    static List<ParagraphPreview> CapAssignments(List<ParagraphPreview> paragraphs, List<ParseWarning> warnings)
    {
        if (paragraphs.Sum(p => p.Assignments.Count) <= Limits.AssignmentsPerDocument) return paragraphs;
        warnings.Add(new ParseWarning(null, Limits.TooManyAssignments));
        var room = Limits.AssignmentsPerDocument;
        return paragraphs.Select(p =>
        {
            var kept = p.Assignments.Take(room).ToList();
            room -= kept.Count;
            return p with { Assignments = kept };
        }).ToList();
    }

    /// <summary>A document whose kind nothing shows is refused or flagged, never silently read.</summary>
    static DocumentPreview Refused(string source, DocumentKind kind, string refusal, List<ParseWarning> warnings) =>
        new() { Source = source, DocumentKind = kind, Refusal = refusal, Warnings = warnings };

    /// <summary>The kind of document, and whether a marker showed it (false: read as an extract for want of one).</summary>
    static (DocumentKind Kind, bool Known) Classify(List<SourceLine> lines, List<ParseWarning> warnings)
    {
        bool extract = false, protocol = false, report = false;
        foreach (var line in lines)
        {
            // An extract marker decides the kind; after a protocol marker only one in the head still could.
            if (extract || protocol && line.Number > ExtractMarkerLines) break;
            if (line.Text.Length == 0) continue;
            var head = line.Number <= ExtractMarkerLines;
            var inLine = head ? KindInHeadLine().Match(line.Text) : Match.Empty;
            extract = head && (AnyCell(line.Text, ExtractMarker()) || inLine.Groups["extract"].Success);
            protocol = protocol || inLine.Success || (head ? AnyCell(line.Text, ProtocolMarker()) : ProtocolMarker().IsMatch(line.Text));
            report = report || !protocol && ReportMarker().IsMatch(line.Text);
        }
        if (extract) return (DocumentKind.Extract, true);
        if (protocol) return (DocumentKind.Protocol, true);
        if (report) return (DocumentKind.OfficialReport, true);
        warnings.Add(new(null, "inget huvud visar om detta är ett protokoll, ett utdrag eller en skrivelse; det läses som ett protokollsutdrag"));
        return (DocumentKind.Extract, false);
    }

    /// <summary>Whether the line, or one of its columns, starts with the marker.</summary>
    static bool AnyCell(string text, Regex marker)
    {
        if (marker.IsMatch(text)) return true;
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\t')) return false;
        foreach (var cell in ColumnGap().Split(text.Trim()))
            if (cell.Length > 0 && marker.IsMatch(cell)) return true;
        return false;
    }

    /// <summary>A paragraph the reader cannot handle is kept with its lines and a warning, never lost.</summary>
    static (ParagraphPreview, string?, DateOnly?) ReadSafely(ParagraphDraft draft, DocumentContext context, List<ParseWarning> warnings)
    {
        try
        {
            return ParagraphReader.Read(draft, context, warnings);
        }
        catch (Exception e)
        {
            // Minutes we have not seen must not stop an import: the reviewer sees the paragraph and why.
            warnings.Add(new(draft.FirstLine, $"{InternalError}: paragrafen kunde inte läsas ({e.GetType().Name}: {e.Message})"));
            return (new ParagraphPreview { Number = draft.Number, Title = draft.Title, FirstLine = draft.FirstLine, LastLine = draft.LastLine, Page = draft.Page }, null, null);
        }
    }

    /// <summary>The kommunallag clocks let the importer point at dates that cannot all be right.</summary>
    static void CheckClocks(DocumentPreview p, List<ParseWarning> warnings, List<SourceLine> lines)
    {
        if (p.DocumentKind == DocumentKind.Protocol && p.MeetingDate is null)
            warnings.Add(new(null, "hittade inget sammanträdesdatum"));
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
        const string message = "hittade inget organ i huvudet; det lämnas tomt i stället för att gissas";
        foreach (var line in lines)
        {
            if (!line.Text.Contains("beslutar", StringComparison.OrdinalIgnoreCase)) continue;
            var body = SwedishText.BodyName().Match(line.Text);
            if (body.Success) return new(line.Number, $"{message} (texten säger bara \"{body.Value} beslutar\")");
        }
        return new(null, message);
    }
}
