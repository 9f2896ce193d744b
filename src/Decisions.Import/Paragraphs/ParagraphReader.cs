using System.Text;
using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Reads the matter of one paragraph. The sections under its sub-headings (<see cref="SectionHeadings"/>) decide
/// what a sentence means: a clause under "Beslut" is the body's decision, the same words under "Förslag till
/// beslut" or "Ärendebeskrivning" are a proposal or history. The reading itself is done by the small readers
/// (<see cref="ClauseReader"/>, <see cref="ProceedingsReader"/>, <see cref="CitationReader"/>); this class only
/// walks the units of text in order and gathers what they return.
/// </summary>
internal sealed partial class ParagraphReader
{
    [GeneratedRegex(@"\bparagrafen\s+(?:är\s+|förklaras\s+)?(?:omedelbart\s+)?justera[ds]|\bjusteras\s+omedelbart|\bomedelbart\s+justera[ds]|\bomedelbar\s+justering",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjustedImmediately();

    // "ska vara justerat senast den 13 december 2023", "justeras digitalt senast 2021-03-19", "ska justeras senast".
    [GeneratedRegex(@"\bjustera[tsd]?\s+(?:\p{L}+\s+)?senast\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjustLatest();

    /// <summary>The latest day the minutes are to be adjusted by, if the line names one; in a § or in the head.</summary>
    internal static DateOnly? AdjustLatestIn(string text, DateOnly? reference) =>
        text.Contains("senast", StringComparison.OrdinalIgnoreCase) && AdjustLatest().Match(text) is { Success: true } latest
            ? SwedishDates.FindDate(text[latest.Index..], reference)
            : null;

    // One pass that says whether any of the fact patterns can match; most prose sentences hold none. Only asked
    // IsMatch: the non-backtracking engine reads a sentence once for all twenty words, where the backtracking code
    // stopped at nearly every word to try them.
    [GeneratedRegex(@"\d\s+ja\b|röster|summa|avstår|anteckna|reserver|jäv|deltar\s+inte|yrka|föreslå|protokollsanteckning|förläng|tiden\s+för|tidpunkten|slutdatum|datumet|uppdrag|godkänn|godkänns|aktuellt|läges|delrapport|noter|handlingarna|tar\s+del",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    internal static partial Regex FactWords();

    // The words of FactWords as literals, found together by a vectorised search; the three with white space inside are
    // tested by hand. Most sentences hold none and never reach the pattern.
    static readonly Prefilter FactLiterals = new("röster", "summa", "avstår", "anteckna", "reserver", "jäv", "deltar", "yrka", "föreslå", "protokollsanteckning", "förläng",
        "tiden", "tidpunkten", "slutdatum", "datumet", "uppdrag", "godkänn", "aktuellt", "läges", "delrapport", "noter", "handlingarna");

    internal static bool MayHoldFacts(string sentence) =>
        FactLiterals.MayMatch(sentence) || DigitThenJa(sentence) || SwedishText.WordsApart(sentence, "tar", "del");

    /// <summary>"31 ja": a digit, white space and "ja" (the pattern then asks for the word's end).</summary>
    static bool DigitThenJa(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i])) continue;
            var j = i + 1;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (j > i + 1 && j + 1 < text.Length && (text[j] | 0x20) == 'j' && (text[j + 1] | 0x20) == 'a') return true;
        }
        return false;
    }

    [GeneratedRegex(@"\s+(?:Dnr|DNR|Diarienr|Diarienummer)\.?:?\s*(?<value>[\p{L}\d][\p{L}\d/.:-]*(?:\s[\p{Lu}\d][\p{L}\d/.:-]*)?)\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex DnrOnHeading();

    readonly ParagraphDraft _draft;
    readonly DocumentContext _context;
    readonly List<ParseWarning> _warnings;
    readonly List<DecisionPreview> _decisions = [];
    readonly List<ProposalPreview> _proposals = [];
    readonly List<AssignmentPreview> _assignments = [];
    readonly List<(DecisionReference Reference, int Line)> _citations = [];
    readonly List<(DuePreview Due, int Line)> _extensions = [];
    readonly List<MotionPreview> _motions = [];
    readonly List<NamedPerson> _reservations = [];
    readonly List<VotePreview> _votes = [];
    readonly List<NamedPerson> _disqualified = [];
    readonly List<string> _notes = [];
    string? _caseNumber;
    string? _title;
    bool _adjustedImmediately;
    /// <summary>The title line ended in "Dnr" (or "Dnr KS"): the number starts the next line, after this prefix.</summary>
    string? _caseNumberFollows;
    /// <summary>The line the title ends on: a line right below that starts in lower case continues it.</summary>
    int _titleLine;
    bool _completes;
    bool _partial;
    bool _noted, _aboutAssignment;
    bool _clausesCut;
    DateOnly? _adjustLatest;

    /// <summary>Who decides in the minutes' own sentences, and in the current Beslut/Förslag section.</summary>
    string? _minutesActor, _sectionActor;
    Section? _actorSection;

    ParagraphReader(ParagraphDraft draft, DocumentContext context, List<ParseWarning> warnings)
    {
        _draft = draft;
        _context = context;
        _warnings = warnings;
        // "§ 14  Budgetuppföljning januari 2005      Dnr 2005/021-042": a Dnr on the heading line, in any numbering.
        var title = draft.Title;
        _caseNumber = draft.CaseNumber;
        if (title is not null && DnrOnHeading().Match(title) is { Success: true } dnr)
        {
            _caseNumber ??= dnr.Groups["value"].Value;
            title = title[..dnr.Index].TrimEnd(' ', ',', '–', '-');
        }
        _caseNumber ??= title is null ? null : SwedishText.FirstCaseNumber(title);
        _caseNumberFollows = draft.CaseNumberFollows;
        _title = title is null ? null : SwedishText.TrailingCaseNumber().Replace(title, "");
        if (_title?.Length == 0) _title = null;
        _titleLine = _title is null ? -1 : draft.FirstLine;
    }

    /// <summary>A body the paragraph's proposals are addressed to, for a report whose head names none.</summary>
    string? _addressedBody;

    /// <summary>
    /// The paragraph, the body its proposals address (for a report whose head names none) and the
    /// "justerat senast" date it states for the whole minutes.
    /// </summary>
    internal static (ParagraphPreview Paragraph, string? AddressedBody, DateOnly? AdjustLatest) Read(
        ParagraphDraft draft, DocumentContext context, List<ParseWarning> warnings)
    {
        var reader = new ParagraphReader(draft, context, warnings);
        var paragraph = reader.Read();
        return (paragraph, reader._addressedBody, reader._adjustLatest);
    }

    ParagraphPreview Read()
    {
        if (_title is not null) ScanStatus(_title);
        foreach (var unit in Units()) ReadUnit(unit);

        var partial = _partial || _noted && (_aboutAssignment || _title is not null && CitationReader.AboutAssignment(_title));
        ReportStatus? status = _completes ? ReportStatus.Complete : partial ? ReportStatus.Partial : null;
        var citations = _citations.DistinctBy(c => c.Reference).ToList();
        return new ParagraphPreview
        {
            Number = _draft.Number,
            BodyPrefix = _draft.Prefix,
            Title = _title,
            CaseNumber = _caseNumber,
            FirstLine = _draft.FirstLine,
            LastLine = _draft.LastLine,
            Page = _draft.Page,
            AdjustedImmediately = _adjustedImmediately,
            ReportStatus = status,
            Decisions = _decisions,
            Proposals = _proposals,
            Assignments = _assignments,
            ReportsBack = status is null ? [] : citations.Select(c => new ReportBackPreview(c.Reference, _completes, c.Line)).ToList(),
            DeadlineChanges = _extensions.Select(e => new DeadlineChangePreview(ExtendedAssignment(citations, e.Line), e.Due, e.Line)).ToList(),
            Motions = _motions,
            Reservations = _reservations.Distinct().ToList(),
            Votes = _votes,
            Disqualified = _disqualified.Distinct().ToList(),
            Notes = _notes,
        };
    }

    readonly record struct Unit(string Text, int Line, Section Section, bool FirstInSection);

    /// <summary>
    /// Groups lines into units: a typographic paragraph, or one "att"-clause or list item, which
    /// may wrap over several lines.
    /// </summary>
    IEnumerable<Unit> Units()
    {
        var section = _context.Kind == DocumentKind.OfficialReport ? Section.Background : Section.Minutes;
        var firstInSection = true;
        var text = new StringBuilder();
        var start = 0;
        var beforeFirstSection = _draft.Number is null;
        string? lastFreeLine = null;

        foreach (var line in _draft.Lines)
        {
            if (text.Length == 0 && line.Number == _titleLine + 1 && ContinuesTitle(line.Text))
            {
                // A long title wrapped onto the next line: "§ 18 Handlingsprogram för olycksförebyggande" / "verksamhet 2024–2027".
                SetTitle(_title!.EndsWith('-') && char.IsLower(line.Text[0]) ? _title[..^1] + line.Text : _title + " " + line.Text, line.Number);
                continue;
            }
            var heading = line.Text.Length == 0 ? null : SectionHeadings.Of(line.Text);
            // "§ 58" / "Information": a heading word alone under the sign is the §'s title, not a section.
            if (heading is Section.Background or Section.Ignored && UntitledStart(text)) heading = null;
            // "Kommunstyrelsen föreslår kommunfullmäktige besluta" heads the clauses below it as a sub-heading would.
            var intro = heading is null && line.Text.Length > 0 ? ClauseReader.Intro(line.Text) : null;
            // In the history a proposal is only recounted; "Kommunstyrelsen beslutar" after the votes is the decision.
            if (intro is { Proposes: true, Heading: false } && section == Section.Background) intro = null;
            // "Arbetsutskottets förslag till socialnämnden" / "Socialnämnden beslutar": still the proposal, unless the
            // body that decides is the one whose minutes these are ("KOMMUNSTYRELSEN BESLUTAR" in the board's own).
            if (intro is { Proposes: false, ForItself: false } && section == Section.Proposal && !IsOwnBody(intro.Value.Actor)) intro = intro.Value with { Proposes = true, Actor = intro.Value.Actor ?? _sectionActor };
            if (intro is { } i) heading = i.Proposes ? Section.Proposal : Section.Decision;
            if (heading is not null || line.IsHeading || line.Text.Length == 0 || ClauseReader.StartsClause(line.Text) && !ClauseReader.WantsAtt(text))
            {
                if (text.Length > 0)
                {
                    yield return new Unit(text.ToString(), start, section, firstInSection);
                    firstInSection = false;
                    text.Clear();
                }
            }
            if (heading is { } h)
            {
                if (intro is { } opened) (_sectionActor, _actorSection) = (opened.Actor, h);
                section = h;
                firstInSection = true;
                beforeFirstSection = false;
                continue;
            }
            if (line.IsHeading)
            {
                // A report's own title is often its first markdown heading.
                if (beforeFirstSection) _title ??= line.Text;
                continue;
            }
            if (line.Text.Length == 0 || ReadLineFact(line)) continue;
            if (UntitledStart(text) && line.Text.Length <= 150)
            {
                // "§ 26" alone on its line: the title follows, perhaps with its case number.
                SetTitle(line.Text, line.Number);
                continue;
            }
            if (beforeFirstSection && line.Text.Length <= 150 && !line.Text.EndsWith('.')) lastFreeLine = line.Text;
            if (text.Length == 0) start = line.Number;
            else if (WordBrokenAtLineEnd(text, line.Text)) text.Length--;
            else text.Append(' ');
            text.Append(line.Text);
        }
        if (text.Length > 0) yield return new Unit(text.ToString(), start, section, firstInSection);
        if (_draft.Number is null) _title ??= lastFreeLine;
    }

    bool IsOwnBody(string? actor) =>
        actor is not null && _context.Body is { } body && string.Equals(actor.Trim(), body.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The title and the case number written at its end; the line it ends on, for a title that wraps.</summary>
    void SetTitle(string raw, int line)
    {
        var (title, caseNumber, labelEnds) = CaseNumberLines.OfTitle(raw);
        if (caseNumber is null && SwedishText.TrailingCaseNumber().Match(title) is { Success: true, Index: > 0 } trailing)
        {
            caseNumber = SwedishText.FirstCaseNumber(trailing.Value);
            title = title[..trailing.Index];
        }
        _title = title;
        _caseNumber ??= caseNumber;
        _caseNumberFollows = labelEnds;
        _titleLine = line;
    }

    /// <summary>A line that goes on with a title cut short: it starts in lower case, with a parenthesis, or with a year after a long title.</summary>
    bool ContinuesTitle(string line) =>
        _title is { Length: > 0 } title && line.Length is > 0 and <= 100 && !title.EndsWith('.') && _caseNumberFollows is null
        && (char.IsLower(line[0]) || line[0] == '(' || char.IsDigit(line[0]) && title.Length >= 30)
        && !ClauseReader.StartsClause(line) && SectionHeadings.Of(line) is null;

    /// <summary>"handling-" / "arna": a word hyphenated at the line end ("hälso-" / "och sjukvård" is no such word).</summary>
    static bool WordBrokenAtLineEnd(StringBuilder text, string next) =>
        text.Length > 1 && text[^1] == '-' && char.IsLower(text[^2]) && char.IsLower(next[0])
        && !next.StartsWith("och ", StringComparison.Ordinal) && !next.StartsWith("eller ", StringComparison.Ordinal)
        && !next.StartsWith("samt ", StringComparison.Ordinal) && !next.StartsWith("till ", StringComparison.Ordinal);

    bool UntitledStart(StringBuilder text) => _draft.Number is not null && _title is null && text.Length == 0;

    /// <summary>Facts that stand on one line of their own; true when the line is nothing else.</summary>
    bool ReadLineFact(SourceLine line)
    {
        if (_caseNumberFollows is { } prefix)
        {
            _caseNumberFollows = null;
            if (CaseNumberLines.AtStart(line.Text) is { } value)
            {
                _caseNumber ??= prefix + value;
                if (value.Length == line.Text.Length) return true;
            }
        }
        var label = SwedishText.CaseNumberLabel().Match(line.Text);
        if (label.Success)
        {
            _caseNumber ??= SwedishText.FirstCaseNumber(label.Groups["value"].Value) ?? CaseNumberLines.Alone(line.Text) ?? label.Groups["value"].Value.Trim();
            return true;
        }
        if (_caseNumber is null && CaseNumberLines.Alone(line.Text) is { } alone)
        {
            _caseNumber = alone;
            return true;
        }
        // Both adjustment patterns need "juster…"; most lines hold no such word.
        if (!line.Text.Contains("juster", StringComparison.OrdinalIgnoreCase)) return false;
        if (AdjustedImmediately().IsMatch(line.Text))
        {
            // "3. Paragrafen förklaras omedelbart justerad" is also one of the decided clauses.
            _adjustedImmediately = true;
            return line.Text.Length < 60 && !ClauseReader.StartsClause(line.Text);
        }
        if (AdjustLatestIn(line.Text, _context.Reference) is { } date)
        {
            _adjustLatest ??= date;
            // A decided sentence before it on the line ("… utser Eva Ek att justera protokollet. Protokollet justeras
            // senast …") keeps the line in the text.
            return !line.Text.TrimEnd().TrimEnd('.').Contains(". ", StringComparison.Ordinal);
        }
        return false;
    }

    void ReadUnit(Unit unit)
    {
        var sentences = SwedishText.Sentences(unit.Text);
        if (unit.Section != Section.Ignored)
        {
            _aboutAssignment = _aboutAssignment || CitationReader.AboutAssignment(unit.Text);
            foreach (var sentence in sentences) ScanFacts(sentence, unit);
        }


        switch (unit.Section)
        {
            case Section.Decision:
                ReadClauses(unit, proposals: _context.Kind == DocumentKind.OfficialReport);
                break;
            case Section.Proposal:
                ReadClauses(unit, proposals: true);
                break;
            case Section.Notes:
                // The signature line at a page's foot ("Justerandes sign ........") is no part of the note, nor is the next
                // page's head ("2021-05-26   SID 4 (7) Regionstyrelsen"): a note is a sentence, with words in lower case.
                if (!unit.Text.Contains("....", StringComparison.Ordinal) && IsSentence(unit.Text)) _notes.Add(unit.Text);
                break;
            case Section.Minutes:
                foreach (var sentence in sentences)
                    _minutesActor = Gather(ClauseReader.Sentence(sentence, unit.Line, _minutesActor, _context.Clauses));
                break;
            case Section.Background:
                // "Förvaltningschefen lovar att återkomma med …": a promise minuted in the account of the matter is tracked too.
                foreach (var sentence in sentences)
                    if (Promises.In(sentence) && AssignmentReader.Read(sentence, unit.Line, _context.Reference).Assignment is { } promise && _assignments.Count < Limits.ClausesPerParagraph)
                        _assignments.Add(promise);
                break;
        }
    }

    static readonly CaselessWord Promises = new("lovar");

    static bool IsSentence(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0])) >= 3;

    void ReadClauses(Unit unit, bool proposals)
    {
        if (_actorSection != unit.Section) (_sectionActor, _actorSection) = (null, unit.Section);
        if (ClauseReader.Listed(unit.Text, unit.FirstInSection, unit.Line, proposals, _sectionActor, _context.Clauses) is { } clauses)
            _sectionActor = Gather(clauses);
    }

    /// <summary>Takes what a clause reader found; returns the actor it leaves for the next clause.</summary>
    string? Gather(ClauseResult result)
    {
        var room = Limits.ClausesPerParagraph - _decisions.Count - _proposals.Count;
        if (result.Decisions.Count + result.Proposals.Count <= room)
        {
            _decisions.AddRange(result.Decisions);
            _proposals.AddRange(result.Proposals);
            _assignments.AddRange(result.Assignments);
            _warnings.AddRange(result.Warnings);
        }
        else
        {
            // A runaway text ("att … samt att …" a megabyte long) is cut at the limit, said once.
            if (!_clausesCut) _warnings.Add(new ParseWarning(_draft.FirstLine, Limits.TooManyClauses(_draft.Number)));
            _clausesCut = true;
            room = Math.Max(room, 0);
            _decisions.AddRange(result.Decisions.Take(room));
            _proposals.AddRange(result.Proposals.Take(room - Math.Min(room, result.Decisions.Count)));
            _assignments.AddRange(result.Assignments.Take(room));
            _warnings.AddRange(result.Warnings.Take(room));
        }
        _addressedBody ??= result.AddressedBody;
        return result.Actor;
    }

    void ScanFacts(string sentence, Unit unit)
    {
        if (!MayHoldFacts(sentence) || !FactWords().IsMatch(sentence)) return;
        var line = unit.Line;
        ScanStatus(sentence);
        var proceedings = ProceedingsReader.Read(sentence, line, inNotes: unit.Section == Section.Notes);
        if (proceedings.Vote is { } vote) _votes.Add(vote);
        else if (proceedings.Abstaining is { } abstaining && _votes.Count > 0 && _votes[^1].Abstained == 0)
            _votes[^1] = _votes[^1] with { Abstained = abstaining };
        _reservations.AddRange(proceedings.Reservations);
        _disqualified.AddRange(proceedings.Disqualified);
        if (proceedings.Motion is { } motion) _motions.Add(motion);
        if (proceedings.Note is { } note) _notes.Add(note);
        _warnings.AddRange(proceedings.Warnings);

        var (due, extensionWarning) = CitationReader.Extension(sentence, line, _context.Reference);
        if (due is not null) _extensions.Add((due, line));
        if (extensionWarning is not null) _warnings.Add(extensionWarning);

        if (!CitationReader.MentionsAssignment(sentence)) return;
        var (cited, citationWarning) = CitationReader.Citations(sentence, line, _context.Reference, _context.Body);
        if (citationWarning is not null) _warnings.Add(citationWarning);
        _citations.AddRange(cited.Select(c => (c, line)));
    }

    void ScanStatus(string text)
    {
        // Once a § is known to complete, report in part or note, its later sentences need not be asked again.
        // "Återrapporteringen godkänns som en delrapport": approved, but in part.
        var partial = CitationReader.Partial(text);
        _completes = _completes || !partial && CitationReader.Completes(text);
        _partial = _partial || partial;
        _noted = _noted || CitationReader.NotedReport(text);
    }

    DecisionReference ExtendedAssignment(List<(DecisionReference Reference, int Line)> citations, int line)
    {
        if (citations.Count > 0) return citations[0].Reference;
        if (_caseNumber is null) _warnings.Add(new ParseWarning(line, "tiden förlängs men varken beslutet eller ärendet anges"));
        return new DecisionReference(null, null, null, _caseNumber);
    }
}
