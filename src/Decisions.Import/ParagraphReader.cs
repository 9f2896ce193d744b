using System.Text;
using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>One § (or a whole report) as the parser collected it: heading facts and its own lines.</summary>
internal sealed class ParagraphDraft(string? number, string? prefix, string? title, int firstLine, int? page)
{
    public string? Number { get; } = number;
    public string? Prefix { get; } = prefix;
    public string? Title { get; } = title;
    public int FirstLine { get; } = firstLine;
    public int? Page { get; } = page;
    public List<SourceLine> Lines { get; } = [];
    public int LastLine => Lines.LastOrDefault(l => l.Text.Length > 0) is { Text.Length: > 0 } last ? last.Number : FirstLine;
}

/// <summary>What the whole document knows that a paragraph needs, and what a paragraph tells the document.</summary>
internal sealed class DocumentContext(DocumentKind kind, string? body, DateOnly? reference, List<ParseWarning> warnings)
{
    public DocumentKind Kind { get; } = kind;
    public string? Body { get; } = body;
    /// <summary>The date relative dues are read from: the meeting, else the report's date.</summary>
    public DateOnly? Reference { get; } = reference;
    public List<ParseWarning> Warnings { get; } = warnings;
    public DateOnly? AdjustLatest { get; set; }
}

/// <summary>
/// Reads the matter of one paragraph. The sections under its sub-headings decide what a sentence
/// means: a clause under "Beslut" is the body's decision, the same words under "Förslag till beslut"
/// or "Ärendebeskrivning" are a proposal or history.
/// </summary>
internal sealed partial class ParagraphReader
{
    internal enum Section { Minutes, Background, Decision, Proposal, Notes, Ignored }

    // "Kommunstyrelsens beslut", "Regiondirektörens förslag": the lookaheads test the line's end before the lazy
    // loops try every split of it, which on a line of prose cost two scans of up to 60 steps.
    [GeneratedRegex(@"^(?:(?<Decision>beslut|beslutet|beslut\s+i\s+ärendet|(?=.*s\s+beslut\s*:?$)[\w\- ]{2,60}?s\s+beslut)|(?<Proposal>förslag\s+till\s+beslut(?:\s+\w+){0,4}|förslag|beslutsförslag|(?=.*s\s+förslag(?:\s+till\s+beslut)?\s*:?$)[\w\-. ]{2,60}?s\s+förslag(?:\s+till\s+beslut)?)|(?<Background>sammanfattning(?:\s+av\s+ärendet)?|ärendebeskrivning|ärendet|bakgrund|beskrivning\s+av\s+ärendet|information|överläggning|motivering|analys|bedömning|förvaltningens\s+bedömning|ekonomiska\s+konsekvenser|konsekvenser.{0,80}|uppföljning|yttrande|ärendets\s+beredning|beredning|behandling|handläggning|diskussion|yrkanden?|propositionsordning|beslutsgång|votering|omröstning|reservation(?:er)?|jäv)|(?<Notes>protokollsanteckning(?:ar)?)|(?<Ignored>beslutsunderlag|handlingar|bilag(?:a|or)|underlag|skickas\s+till|utdrag\s+till|beslutet\s+skickas\s+till|expedieras\s+till|expediering|för\s+kännedom|i\s+tjänsten|sändlista|kopia\s+till|föredragande|underskrifter))\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:att\s|\d{1,2}[.)]\s|[-•–*·]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-•–*·])\s+")]
    private static partial Regex ListMarker();

    // "Kommunfullmäktige beslutar att …": the subject comes first and holds no clause of its own.
    [GeneratedRegex(@"^(?<subject>(?:(?!\batt\b)[^.;]){0,150}?)\b(?:beslutar|beslöt)\b\s*(?:att\b\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decides();

    // What the minutes record as done at the meeting, in the present tense; history says "beslutade".
    [GeneratedRegex(@"informationen\s+noteras|noterar\s+informationen|tar\s+del\s+av\s+informationen|(?:läggs|lägger\s+\w+|lägga\s+\w+)\s+till\s+handlingarna|återremitteras|återremitterar|bordläggs|bordlägger",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesDecision();

    [GeneratedRegex(@"\b(?:(?:och|samt)\s+)?föreslår\s+(?:att\s+)?(?<to>" + SwedishText.BodyPattern + @")\s*(?<decide>(?:att\s+)?besluta(?:r)?\b\s*)?(?<att>att\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProposesTo();

    [GeneratedRegex(@",?\s+samt\s+att\s+|;\s*(?:samt\s+)?att\s+|,\s+och\s+att\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"(?:[,;]\s*(?:samt|och)?|\s+samt)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"(?<noted>till\s+handlingarna|\bnoter(?:ar|as|a)\b|\btar\s+del\s+av\b|\bantecknar\b)|(?<sentBack>återremitt|återremiss)|(?<postponed>bordl[äa]gg)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DecisionKindWords();

    // "Regiondirektören får i uppdrag att", "ge X i uppdrag att", "ges X ett uppdrag att", "uppdra åt X att", "X uppdras att".
    // Only the present tense: "gav X i uppdrag" recounts an earlier decision.
    [GeneratedRegex(@"(?<before>\b(?:får|ges)\s+(?:i\s+)?uppdrag(?:et)?\s+att\s+|\buppdras\s+att\s+)|\b(?:ge|ger|ges)\s+(?<who>(?!i\s|ett\s).{1,120}?)\s+(?:ett\s+|i\s+)?uppdrag(?:et)?\s+att\s+|\buppdra(?:r)?\s+(?:åt\s+)?(?<who>.{1,120}?)\s+att\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AssignmentWords();

    [GeneratedRegex(@"\bparagrafen\s+(?:är\s+|förklaras\s+)?(?:omedelbart\s+)?justera[ds]|\bjusteras\s+omedelbart|\bomedelbart\s+justera[ds]|\bomedelbar\s+justering",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjustedImmediately();

    [GeneratedRegex(@"\bjusterat?\s+senast\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjustLatest();

    [GeneratedRegex(@"(?<yes>\d{1,4})\s+ja(?:-?\s*röster)?\b\D{0,40}?(?<no>\d{1,4})\s+nej(?:-?\s*röster)?\b(?:\D{0,30}?(?<abstained>\d{1,4})\s+(?:ledamöter\s+|ledamot\s+|röster\s+)?(?:som\s+)?(?:avstår|avstod|avstående|avstått|nedlagda|avstod\s+från\s+att\s+rösta))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Vote();

    [GeneratedRegex(@"\breserver(?:ar|ade|at)\s+sig\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reserves();

    [GeneratedRegex(@"\b(?:anmäler|anmälde|anmält)\s+jäv\b|\bpå\s+grund\s+av\s+jäv\b|\bjävig\b|\bdeltar\s+inte\s+i\s+(?:handläggningen|beslutet|behandlingen|överläggningen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disqualified();

    [GeneratedRegex(@"\byrka(?:r|de)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Moves();

    [GeneratedRegex(@"^protokollsanteckning\s*:\s*(?<text>.+)|\b(?:lämnar|lämnade|får\s+lämna)\s+(?:en\s+|följande\s+)?protokollsanteckning",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Note();

    [GeneratedRegex(@"\b(?:tiden|tidpunkten|slutdatum(?:et)?|datumet)\s+för\s+(?:uppdraget|uppdragets\s+\w+|återrapporteringen|redovisningen|återrapportering)\s+(?:förlängs|ändras|flyttas|senareläggs)\b|\bförläng(?:er|a|s)\s+(?:tiden\s+för\s+)?(?:uppdraget|återrapporteringen|redovisningen)\b|\bredovisningstiden\s+förlängs\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineChange();

    [GeneratedRegex(@"godkänn(?:er|a)\s+(?:den\s+)?(?:redovisningen|redovisningarna|redovisad\s+rapport|rapporten|återrapporteringen|slutrapporten)|(?:redovisningen|återrapporteringen|slutrapporten)\s+godkänns|uppdrag(?:et|en)?\s+(?:därmed\s+)?(?:är|anses|förklaras)\s+(?:därmed\s+)?(?:slutfört|slutförda|slutförd|återrapporterat|återrapporterade|avslutat|avslutade|fullgjort|genomfört|besvarat)|förklarar\s+uppdraget\s+(?:slutfört|avslutat|fullgjort)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompletesReport();

    [GeneratedRegex(@"aktuellt\s+läge|lägesrapport|delrapport|lägesbeskrivning|informationen\s+noteras|noterar\s+informationen|lägg(?:a|er)\s+(?:informationen|redovisningen|delrapporten|lägesrapporten)\s+till\s+handlingarna|tar\s+del\s+av\s+(?:informationen|redovisningen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartialReport();

    [GeneratedRegex(@"uppdrag", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssignmentMention();

    // One pass that says whether any of the fact patterns below can match; most prose sentences hold none.
    // Only asked IsMatch: the non-backtracking engine reads a sentence once for all twenty words, where the
    // backtracking code stopped at nearly every word to try them.
    [GeneratedRegex(@"\d\s+ja\b|reserver|jäv|deltar\s+inte|yrka|protokollsanteckning|förläng|tiden\s+för|tidpunkten|slutdatum|datumet|uppdrag|godkänn|godkänns|aktuellt|läges|delrapport|noter|handlingarna|tar\s+del",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FactWords();

    [GeneratedRegex("^" + SwedishText.BodyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBodyName();

    [GeneratedRegex(@"§\s*(?<num>\d{1,4}(?:/\d{2,4})?)(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex ParagraphReference();

    internal static Section? SectionOf(string line)
    {
        if (line.Length > 100) return null;
        var m = SectionHeading().Match(line);
        return m.Success ? Sections.Of(m) : null;
    }

    static readonly EnumGroups<Section> Sections = new(SectionHeading());

    readonly ParagraphDraft _draft;
    readonly DocumentContext _context;
    readonly Section _defaultSection;
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
    bool _completes;
    bool _partial;

    ParagraphReader(ParagraphDraft draft, DocumentContext context)
    {
        _draft = draft;
        _context = context;
        _defaultSection = context.Kind == DocumentKind.OfficialReport ? Section.Background : Section.Minutes;
        _caseNumber = draft.Title is null ? null : SwedishText.FirstCaseNumber(draft.Title);
        _title = draft.Title is null ? null : SwedishText.TrailingCaseNumber().Replace(draft.Title, "");
        if (_title?.Length == 0) _title = null;
    }

    /// <summary>A body the paragraph's proposals are addressed to, for a report whose head names none.</summary>
    public string? AddressedBody { get; private set; }

    internal static (ParagraphPreview Paragraph, string? AddressedBody) Read(ParagraphDraft draft, DocumentContext context)
    {
        var reader = new ParagraphReader(draft, context);
        var paragraph = reader.Read();
        return (paragraph, reader.AddressedBody);
    }

    ParagraphPreview Read()
    {
        if (_title is not null) ScanStatus(_title);
        foreach (var unit in Units()) ReadUnit(unit);

        ReportStatus? status = _completes ? ReportStatus.Complete : _partial ? ReportStatus.Partial : null;
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
        var section = _defaultSection;
        var firstInSection = true;
        var text = new StringBuilder();
        var start = 0;
        var beforeFirstSection = _draft.Number is null;
        string? lastFreeLine = null;

        foreach (var line in _draft.Lines)
        {
            var heading = line.Text.Length == 0 ? null : SectionOf(line.Text);
            if (heading is not null || line.IsHeading || line.Text.Length == 0 || ClauseStart().IsMatch(line.Text))
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
            if (_draft.Number is not null && _title is null && text.Length == 0 && line.Text.Length <= 150)
            {
                // "§ 26" alone on its line: the title follows.
                _title = line.Text;
                continue;
            }
            if (beforeFirstSection && line.Text.Length <= 150 && !line.Text.EndsWith('.')) lastFreeLine = line.Text;
            if (text.Length == 0) start = line.Number;
            else text.Append(' ');
            text.Append(line.Text);
        }
        if (text.Length > 0) yield return new Unit(text.ToString(), start, section, firstInSection);
        if (_draft.Number is null) _title ??= lastFreeLine;
    }

    /// <summary>Facts that stand on one line of their own; true when the line is nothing else.</summary>
    bool ReadLineFact(SourceLine line)
    {
        var label = SwedishText.CaseNumberLabel().Match(line.Text);
        if (label.Success)
        {
            _caseNumber ??= SwedishText.FirstCaseNumber(label.Groups["value"].Value) ?? label.Groups["value"].Value.Trim();
            return true;
        }
        if (_caseNumber is null && line.Text.Length < 40 && SwedishText.CaseNumber().Match(line.Text) is { Success: true } m
            && m.Length == line.Text.Trim().Length)
        {
            _caseNumber = m.Value;
            return true;
        }
        if (AdjustedImmediately().IsMatch(line.Text))
        {
            _adjustedImmediately = true;
            return line.Text.Length < 60;
        }
        var latest = AdjustLatest().Match(line.Text);
        if (latest.Success && SwedishDates.FindDate(line.Text[latest.Index..], _context.Reference) is { } date)
        {
            _context.AdjustLatest ??= date;
            return true;
        }
        return false;
    }

    void ReadUnit(Unit unit)
    {
        var sentences = SwedishText.Sentences(unit.Text);
        if (unit.Section != Section.Ignored)
            foreach (var sentence in sentences) ScanFacts(sentence, unit);

        switch (unit.Section)
        {
            case Section.Decision:
                ReadClauses(unit, proposals: _context.Kind == DocumentKind.OfficialReport);
                break;
            case Section.Proposal:
                ReadClauses(unit, proposals: true);
                break;
            case Section.Notes:
                _notes.Add(unit.Text);
                break;
            case Section.Minutes:
                foreach (var sentence in sentences) ReadMinutesSentence(sentence, unit.Line);
                break;
        }
    }

    void ScanFacts(string sentence, Unit unit)
    {
        if (!FactWords().IsMatch(sentence)) return;
        var line = unit.Line;
        ScanStatus(sentence);
        if (Vote().Match(sentence) is { Success: true } vote)
            _votes.Add(new VotePreview(int.Parse(vote.Groups["yes"].Value), int.Parse(vote.Groups["no"].Value),
                vote.Groups["abstained"].Success ? int.Parse(vote.Groups["abstained"].Value) : 0, line));
        if (Reserves().Match(sentence) is { Success: true } reserves)
            AddPeople(_reservations, sentence, reserves.Index, line, "reservation");
        if (Disqualified().Match(sentence) is { Success: true } disqualified)
            AddPeople(_disqualified, sentence, disqualified.Index, line, "jäv");
        if (Moves().IsMatch(sentence))
        {
            var mover = SwedishText.PersonWithParty().Match(sentence);
            _motions.Add(new MotionPreview(mover.Success ? mover.Groups["name"].Value : null,
                mover.Success ? mover.Groups["party"].Value : null, sentence, line));
        }
        if (unit.Section != Section.Notes && Note().Match(sentence) is { Success: true } note)
            _notes.Add(note.Groups["text"].Success ? note.Groups["text"].Value : sentence);
        if (DeadlineChange().Match(sentence) is { Success: true } extension)
        {
            if (DueReader.Read(sentence[(extension.Index + extension.Length)..], _context.Reference) is { } due)
                _extensions.Add((due.Due, line));
            else
                Warn(line, "tiden förlängs men den nya tidpunkten gick inte att läsa");
        }
        if (AssignmentMention().IsMatch(sentence)) ReadCitations(sentence, line);
    }

    void ScanStatus(string text)
    {
        _completes |= CompletesReport().IsMatch(text);
        _partial |= PartialReport().IsMatch(text);
    }

    /// <summary>
    /// "Vid sitt sammanträde 18 april 2023 gav hälso- och sjukvårdsnämnden … (HSN/5/2023), §45 och …
    /// (HSN/570/2023), §46": each § takes the case number written nearest to it.
    /// </summary>
    void ReadCitations(string sentence, int line)
    {
        var paragraphs = ParagraphReference().Matches(sentence);
        if (paragraphs.Count == 0) return;
        var cases = SwedishText.CaseNumber().Matches(sentence);
        var date = SwedishDates.FindDate(sentence, _context.Reference);
        var body = SpecificBody(sentence) ?? _context.Body;
        if (date is null) Warn(line, "ett tidigare beslut hänvisas till utan läsbart datum");
        foreach (Match paragraph in paragraphs)
        {
            var nearest = cases.OrderBy(c => Distance(c, paragraph)).FirstOrDefault();
            _citations.Add((new DecisionReference(body, date, paragraph.Groups["num"].Value, nearest?.Value), line));
        }
    }

    static int Distance(Match a, Match b) =>
        a.Index > b.Index ? a.Index - (b.Index + b.Length) : b.Index - (a.Index + a.Length);

    DecisionReference ExtendedAssignment(List<(DecisionReference Reference, int Line)> citations, int line)
    {
        if (citations.Count > 0) return citations[0].Reference;
        if (_caseNumber is null) Warn(line, "tiden förlängs men varken beslutet eller ärendet anges");
        return new DecisionReference(null, null, null, _caseNumber);
    }

    void AddPeople(List<NamedPerson> list, string sentence, int keyword, int line, string what)
    {
        var people = SwedishText.PersonWithParty().Matches(sentence);
        foreach (Match person in people) list.Add(new NamedPerson(person.Groups["name"].Value, person.Groups["party"].Value));
        if (people.Count > 0) return;
        var subject = sentence[..keyword].Trim();
        if (subject.Length is > 0 and <= 80) list.Add(new NamedPerson(subject, null));
        else Warn(line, $"{what} nämns men inget namn gick att läsa");
    }

    void ReadMinutesSentence(string sentence, int line)
    {
        if (MayDecide(sentence) && (Decides().IsMatch(sentence) || ProposesTo().IsMatch(sentence)))
        {
            ReadClauseText(sentence, line, proposals: false, ref _minutesActor);
            return;
        }
        if (MinutesDecision().IsMatch(sentence))
            _decisions.Add(new DecisionPreview(sentence.TrimEnd(), KindOf(sentence), line));
        if (ReadAssignment(sentence, line) is { } assignment) _assignments.Add(assignment);
    }

    string? _minutesActor;
    string? _sectionActor;
    Section? _actorSection;

    void ReadClauses(Unit unit, bool proposals)
    {
        if (_actorSection != unit.Section) (_sectionActor, _actorSection) = (null, unit.Section);
        var text = ListMarker().Replace(unit.Text, "");
        var isClause = ClauseStart().IsMatch(unit.Text) || unit.FirstInSection
                       || MayDecide(text) && (Decides().IsMatch(text) || ProposesTo().IsMatch(text));
        if (isClause) ReadClauseText(text, unit.Line, proposals, ref _sectionActor);
    }

    /// <summary>
    /// "Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att regionstyrelsen
    /// fortsätter …": the part before "föreslår" is the body's own decision, the rest a proposal to the named body.
    /// </summary>
    void ReadClauseText(string text, int line, bool proposals, ref string? actor)
    {
        var proposesTo = ProposesTo().Match(text);
        var own = proposesTo.Success ? text[..proposesTo.Index] : text;
        var decides = Decides().Match(own);
        if (decides.Success)
        {
            var subject = decides.Groups["subject"].Value;
            if (SpecificBody(subject) is { } body) actor = body;
            own = own[(decides.Index + decides.Length)..];
        }
        else if (proposesTo.Success)
        {
            own = "";
        }
        else if (LeadingBodyName().Match(own) is { Success: true } named && SwedishText.IsSpecificBody(named.Value))
        {
            actor = SwedishText.Capitalise(named.Value);
        }
        AddClauses(own, line, proposals, proposals ? actor : null);

        if (!proposesTo.Success) return;
        var to = proposesTo.Groups["to"].Value;
        var rest = text[(proposesTo.Index + proposesTo.Length)..];
        var addressed = SwedishText.IsSpecificBody(to) || _context.Kind != DocumentKind.OfficialReport ? SwedishText.Capitalise(to) : null;
        if (rest.Trim().Length == 0)
        {
            // "… föreslår att kommunstyrelsen beslutar" introduces the clauses that follow.
            actor = addressed;
            AddressedBody ??= addressed;
            return;
        }
        var ownWords = proposesTo.Groups["att"].Success || proposesTo.Groups["decide"].Success;
        AddClauses(ownWords ? rest : to + " " + rest, line, proposals: true, addressed);
    }

    void AddClauses(string text, int line, bool proposals, string? to)
    {
        foreach (var part in ClauseSplit().Split(text))
        {
            var clause = TrailingJoin().Replace(StripAtt(part.Trim()), "").Trim();
            if (clause.Length == 0) continue;
            var assignment = ReadAssignment(clause, line);
            if (proposals)
            {
                AddressedBody ??= to;
                _proposals.Add(new ProposalPreview(clause, to, assignment is null ? [] : [assignment], line));
            }
            else
            {
                _decisions.Add(new DecisionPreview(clause, KindOf(clause), line));
                if (assignment is not null) _assignments.Add(assignment);
            }
        }
    }

    /// <summary>A cheap test before the bounded-lookahead patterns: both need "beslut…" or "föreslår".</summary>
    static bool MayDecide(string text) =>
        text.Contains("besl", StringComparison.OrdinalIgnoreCase) || text.Contains("föreslår", StringComparison.OrdinalIgnoreCase);

    static string StripAtt(string clause) =>
        clause.StartsWith("att ", StringComparison.OrdinalIgnoreCase) ? clause[4..].TrimStart() : clause;

    static DecisionKind KindOf(string clause)
    {
        var m = DecisionKindWords().Match(clause);
        return !m.Success ? DecisionKind.Decision
            : m.Groups["noted"].Success ? DecisionKind.Noted
            : m.Groups["sentBack"].Success ? DecisionKind.SentBack
            : DecisionKind.Postponed;
    }

    AssignmentPreview? ReadAssignment(string clause, int line)
    {
        var m = AssignmentWords().Match(clause);
        if (!m.Success) return null;
        var assignee = m.Groups["before"].Success ? AssigneeBefore(clause[..m.Index]) : m.Groups["who"].Value.Trim(' ', ',');
        var taskStart = m.Index + m.Length;
        var task = clause[taskStart..];
        var due = DueReader.Read(clause, _context.Reference);
        if (due is { } d && d.Index >= taskStart && clause[taskStart..d.Index].Trim().Length == 0)
            task = clause[(d.Index + d.Length)..];
        task = task.Trim().TrimEnd('.', ',', ';', ' ');
        if (task.Length == 0) return null;
        if (assignee is null || assignee.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            Warn(line, "ett uppdrag ges men till vem gick inte att läsa");
            assignee = null;
        }
        return new AssignmentPreview(assignee, task, due?.Due ?? DuePreview.None, line);
    }

    static readonly string[] AssigneeBoundaries = [". ", "; ", ": ", ", ", " att ", " samt ", " dels "];

    /// <summary>"… och att kommundirektören får i uppdrag": the assignee is what follows the last clause boundary.</summary>
    static string? AssigneeBefore(string prefix)
    {
        var cut = StripAtt(prefix).Length < prefix.Length ? 4 : 0;
        foreach (var boundary in AssigneeBoundaries)
        {
            var at = prefix.LastIndexOf(boundary, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) cut = Math.Max(cut, at + boundary.Length);
        }
        var assignee = prefix[cut..].Trim(' ', ',');
        return assignee.Length == 0 ? null : assignee;
    }

    static string? SpecificBody(string text)
    {
        foreach (Match m in SwedishText.BodyName().Matches(text))
            if (SwedishText.IsSpecificBody(m.Value)) return SwedishText.Capitalise(m.Value);
        return null;
    }

    void Warn(int line, string message) => _context.Warnings.Add(new ParseWarning(line, message));
}
