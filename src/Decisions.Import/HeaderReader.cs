using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Reads the labelled facts of a document head (organ, time, justering, anslag, attendance). A label
/// may carry its value on the same line ("Organ Hälso- och …") or on the next ("Organ" / "**Hälsa- …**").
/// </summary>
internal sealed partial class HeaderReader(DocumentKind kind, List<ParseWarning> warnings)
{
    enum Field { Organ, Time, PlaceAndTime, Place, Adjusters, Adjusted, Posted, TakenDown, CaseNumber, DocumentDate, Ignored }

    enum Section { None, Serving, Substitutes, Others, Contents, Signatures }

    [GeneratedRegex(@"^(?:(?<Organ>organ|beslutande\s+organ|instans)|(?<PlaceAndTime>plats\s+och\s+tid|tid\s+och\s+plats)|(?<Time>tid|sammanträdesdatum|sammanträdestid|mötesdatum|datum\s+och\s+tid|sammanträde)|(?<Place>plats|lokal|sammanträdeslokal)|(?<Adjusters>utsetts?\s+att\s+justera|utses\s+att\s+justera|justerare|justerande)|(?<Adjusted>justeringens\s+(?:plats\s+och\s+)?tid|justeringsdatum|datum\s+för\s+justering|protokollet\s+(?:har\s+)?justera(?:ts|des)(?:\s+den)?|justerat\s+den)|(?<Posted>datum\s+för\s+anslags\s+uppsättande|datum\s+då\s+anslaget\s+(?:sätts|sattes)\s+upp|anslaget\s+(?:sätts|sattes)\s+upp(?:\s+den)?|anslaget\s+uppsatt|anslagsdatum|anslaget\s+publicerat|datum\s+för\s+anslag)|(?<TakenDown>datum\s+för\s+anslags\s+nedtagande|datum\s+då\s+anslaget\s+tas\s+(?:ned|ner|bort)|anslaget\s+tas\s+(?:ned|ner|bort)(?:\s+den|\s+senast)?|anslaget\s+nedtas)|(?<CaseNumber>dnr|diarienr|diarienummer|ärendenummer|ärendenr)|(?<DocumentDate>datum)|(?<Ignored>tfn|telefon|e-post|epost|tjänsteställe(?:,\s*handläggare)?|handläggare|kontaktperson|förvaringsplats(?:\s+för\s+protokollet)?|underskrift|sida|sekreterare|ordförande)|(?<Serving>tjänstgörande\s+ledamöter|beslutande(?:\s+ledamöter)?|ledamöter|närvarande\s+ledamöter)|(?<Substitutes>närvarande\s+ersättare|ej\s+tjänstgörande\s+ersättare|icke\s+tjänstgörande\s+ersättare|ersättare)|(?<Others>övriga\s+(?:närvarande|deltagare|deltagande)(?:\s+tjänstemän)?|övriga|tjänstemän|närvarande\s+tjänstemän)|(?<Contents>innehållsförteckning|ärendelista|innehåll)|(?<Signatures>underskrifter|justerandes\s+signatur))(?=[\s:.]|$)[\s:.]*(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex LoneDate();

    [GeneratedRegex(@"\s*(?:,|\boch\b)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:ersätter|tjänstgör\s+för|tjg\s+för|tjänstgörande\s+ersättare\s+för|tjänstgör\s+som\s+ersättare\s+för|ersättare\s+för|i\s+stället\s+för|istället\s+för)(?:\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex ServesFor();

    [GeneratedRegex(@"\((?<role>[\p{Ll}\d][^()]{0,60})\)|,\s*(?<role>[\p{Ll}\d][^,()]{0,60})")]
    private static partial Regex Role();

    static readonly EnumGroups<Section> Sections = new(Label());
    static readonly EnumGroups<Field> Fields = new(Label());

    readonly HashSet<string> _contentsNumbers = [];
    Field? _pending;
    int _pendingLine;
    Section _section;

    public string? Body { get; private set; }
    public DateOnly? MeetingDate { get; private set; }
    public TimeOnly? MeetingStart { get; private set; }
    public TimeOnly? MeetingEnd { get; private set; }
    public string? Place { get; private set; }
    public DateOnly? DocumentDate { get; private set; }
    public DateOnly? AdjustedOn { get; private set; }
    public DateOnly? PostedOn { get; private set; }
    public DateOnly? TakenDownOn { get; private set; }
    public string? CaseNumber { get; private set; }
    public List<string> AdjustedBy { get; } = [];
    public List<ServingMember> Serving { get; } = [];
    public List<Attendee> Substitutes { get; } = [];
    public List<OtherAttendee> Others { get; } = [];

    /// <summary>Set once the matter itself begins: from then on only unambiguous labels are read.</summary>
    public bool ContentStarted { get; set; }

    /// <summary>Set in minutes once the first § has begun; the anslag block may still follow at the end.</summary>
    public bool InParagraph { get; set; }

    public bool InContents => _section == Section.Contents;

    /// <summary>A heading already listed in the contents opens the paragraph itself.</summary>
    public bool IsContentsEntry(string number) => _contentsNumbers.Add(number);

    public void EndContents() => _section = Section.None;

    /// <summary>Returns true when the line was a header fact and is no part of the matter's text.</summary>
    public bool Read(SourceLine line)
    {
        var text = line.Text;
        if (text.Length == 0) return false;

        // In a list of members a line like "Ordförande Anna Ek (S)" is a member, not a label.
        var label = _section is Section.Serving or Section.Substitutes && SwedishText.PersonWithParty().IsMatch(text)
            ? Match.Empty
            : Label().Match(text);
        if (_pending is { } pending && !(label.Success && label.Groups["value"].Length == 0))
        {
            _pending = null;
            if (Accept(pending, text, line.Number)) return true;
            if (!ContentStarted)
                warnings.Add(new(_pendingLine, $"rubriken på den här raden har inget läsbart värde (rad {line.Number} passar inte)"));
        }

        if (label.Success && ReadLabel(label, line)) return true;
        if (ContentStarted) return false;

        switch (_section)
        {
            case Section.Serving: return ReadServing(line);
            case Section.Substitutes: return ReadSubstitute(line);
            case Section.Others: return ReadOther(line);
            case Section.Contents:
                foreach (var number in ParagraphNumbersIn(text)) _contentsNumbers.Add(number);
                return true;
            case Section.Signatures: return true;
        }

        if (LoneDate().IsMatch(text) && SwedishDates.FindDate(text) is { } date)
        {
            if (kind == DocumentKind.OfficialReport) DocumentDate ??= date;
            else MeetingDate ??= date;
            return true;
        }
        if (CaseNumber is null && SwedishText.CaseNumber().Match(text) is { Success: true } m && m.Length == text.Length)
        {
            CaseNumber = m.Value;
            return true;
        }
        if (Body is null && kind != DocumentKind.OfficialReport && SwedishText.BodyName().Match(text) is { Success: true } b
            && b.Length == text.Length && SwedishText.IsSpecificBody(text))
        {
            Body = text;
            return true;
        }
        return false;
    }

    bool ReadLabel(Match label, SourceLine line)
    {
        if (Sections.Of(label) is { } section)
        {
            if (ContentStarted) return false;
            _section = section;
            var rest = label.Groups["value"].Value;
            if (rest.Length > 0) Read(line with { Text = rest });
            return true;
        }

        var field = Fields.Of(label)!.Value;
        // A paragraph's own Dnr belongs to the paragraph, not to the document.
        if (InParagraph && field == Field.CaseNumber) return false;
        var value = label.Groups["value"].Value.Trim();
        if (value.Length == 0)
        {
            // "Tfn:" and "E-post:" are often left blank; what follows is not their value.
            if (field == Field.Ignored) return true;
            if (ContentStarted && field is Field.Place or Field.Adjusters) return false;
            _pending = field;
            _pendingLine = line.Number;
            _section = Section.None;
            return true;
        }
        if (!Accept(field, value, line.Number)) return false;
        _section = Section.None;
        return true;
    }

    /// <summary>Takes a label's value if it has the expected shape; a label word in running text does not.</summary>
    bool Accept(Field field, string value, int lineNumber)
    {
        switch (field)
        {
            case Field.Organ:
                if (ContentStarted && !SwedishText.BodyName().IsMatch(value)) return false;
                Set(Body, value, () => Body = value, lineNumber, "organ");
                return true;
            case Field.Time or Field.PlaceAndTime:
                return ReadMeetingTime(field, value, lineNumber);
            case Field.Place:
                if (ContentStarted) return false;
                Place ??= value;
                return true;
            case Field.Adjusters:
                if (ContentStarted || value.Any(char.IsDigit)) return false;
                foreach (var name in NameSeparator().Split(StripParties(value)).Where(n => n.Length > 0))
                    if (!AdjustedBy.Contains(name)) AdjustedBy.Add(name);
                return true;
            case Field.Adjusted: return ReadDate(value, v => AdjustedOn = v, AdjustedOn, lineNumber, "justering");
            case Field.Posted: return ReadDate(value, v => PostedOn = v, PostedOn, lineNumber, "anslag");
            case Field.TakenDown: return ReadDate(value, v => TakenDownOn = v, TakenDownOn, lineNumber, "nedtagning");
            case Field.DocumentDate:
                return kind == DocumentKind.OfficialReport
                    ? ReadDate(value, v => DocumentDate = v, DocumentDate, lineNumber, "datum")
                    : ReadMeetingTime(Field.Time, value, lineNumber);
            case Field.CaseNumber:
                var number = SwedishText.FirstCaseNumber(value) ?? (ContentStarted ? null : value);
                if (number is null) return false;
                Set(CaseNumber, number, () => CaseNumber = number, lineNumber, "diarienummer");
                return true;
            default:
                return true;
        }
    }

    bool ReadMeetingTime(Field field, string value, int lineNumber)
    {
        if (SwedishDates.Find(value) is not { } found) return false;
        Set(MeetingDate, found.Date, () => MeetingDate = found.Date, lineNumber, "sammanträdesdatum");
        var (start, end) = SwedishDates.FindTimes(value[(found.Index + found.Length)..]);
        MeetingStart ??= start;
        MeetingEnd ??= end;
        if (field == Field.PlaceAndTime && found.Index > 0) Place ??= value[..found.Index].Trim(' ', ',', '\t');
        return true;
    }

    bool ReadDate(string value, Action<DateOnly> assign, DateOnly? current, int lineNumber, string what)
    {
        if (SwedishDates.FindDate(value) is not { } date) return false;
        Set(current, date, () => assign(date), lineNumber, what);
        return true;
    }

    void Set(object? current, object value, Action assign, int lineNumber, string what)
    {
        if (current is null) assign();
        else if (!current.Equals(value))
            warnings.Add(new(lineNumber, $"ytterligare ett värde för {what} ({value}) skiljer sig från det första ({current}); det första behålls"));
    }

    bool ReadServing(SourceLine line)
    {
        var people = SwedishText.PersonWithParty().Matches(line.Text);
        if (people.Count == 0) return ReadWithoutParty(line, (name, role) => Serving.Add(new ServingMember(name, null, null, role)), "en tjänstgörande ledamot");

        // Walk the people in order: one named after "ersätter"/"tjänstgör för" is the one served for.
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var after = Between(line.Text, person, i + 1 < people.Count ? people[i + 1] : null);
            var servesFor = ServesFor().Match(after.Trim(' ', ','));
            string? servedName = null;
            if (servesFor.Success && servesFor.Groups["name"].Success)
                servedName = servesFor.Groups["name"].Value;
            else if (servesFor.Success && i + 1 < people.Count)
            {
                servedName = people[i + 1].Groups["name"].Value;
                after = Between(line.Text, people[i + 1], i + 2 < people.Count ? people[i + 2] : null);
                i++;
            }
            var role = Role().Match(after);
            Serving.Add(new ServingMember(person.Groups["name"].Value, person.Groups["party"].Value, servedName,
                role.Success ? role.Groups["role"].Value.Trim() : null));
        }
        return true;
    }

    bool ReadSubstitute(SourceLine line)
    {
        var people = SwedishText.PersonWithParty().Matches(line.Text);
        if (people.Count == 0) return ReadWithoutParty(line, (name, _) => Substitutes.Add(new Attendee(name, null)), "en närvarande ersättare");
        foreach (Match person in people) Substitutes.Add(new Attendee(person.Groups["name"].Value, person.Groups["party"].Value));
        return true;
    }

    bool ReadOther(SourceLine line)
    {
        if (!LooksLikeAttendee(line.Text)) return EndSection();
        var text = line.Text;
        IReadOnlyList<int>? paragraphs = null;
        var list = SwedishText.ParagraphList().Match(text);
        if (list.Success)
        {
            paragraphs = SwedishText.ParagraphNumbers(list.Groups["list"].Value);
            text = (text[..list.Index] + text[(list.Index + list.Length)..]).Trim(' ', ',', '\t');
        }
        var comma = text.IndexOf(',');
        var name = StripParties(comma < 0 ? text : text[..comma]).Trim();
        var role = comma < 0 ? null : text[(comma + 1)..].Trim();
        Others.Add(new OtherAttendee(name, string.IsNullOrEmpty(role) ? null : role, paragraphs));
        return true;
    }

    bool ReadWithoutParty(SourceLine line, Action<string, string?> add, string what)
    {
        if (!LooksLikeAttendee(line.Text)) return EndSection();
        var comma = line.Text.IndexOf(',');
        var name = comma < 0 ? line.Text : line.Text[..comma];
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is < 2 or > 5)
        {
            warnings.Add(new(line.Number, $"kunde inte läsa {what} ur \"{Shorten(line.Text)}\""));
            return true;
        }
        add(name.Trim(), comma < 0 ? null : line.Text[(comma + 1)..].Trim());
        return true;
    }

    /// <summary>Prose ends an attendance list without a heading: a long line or a full sentence.</summary>
    static bool LooksLikeAttendee(string text) =>
        text.Length <= 120 && !text.EndsWith('.') && char.IsUpper(text[0]);

    bool EndSection()
    {
        _section = Section.None;
        return false;
    }

    static string Between(string text, Match from, Match? to)
    {
        var start = from.Index + from.Length;
        return text[start..(to?.Index ?? text.Length)];
    }

    static string StripParties(string text) => SwedishText.PersonWithParty().Replace(text, "${name}");

    static IEnumerable<string> ParagraphNumbersIn(string text)
    {
        var m = SwedishText.ParagraphHeading().Match(text.TrimStart('-', '•', '–', '*', ' '));
        return m.Success ? [m.Groups["num"].Value.Replace(" ", "")] : [];
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
