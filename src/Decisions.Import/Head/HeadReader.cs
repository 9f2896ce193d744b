using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>What the head of a document says: organ, meeting, adjustment and posting, and who attended.</summary>
internal sealed record Head(
    string? Body, DateOnly? MeetingDate, TimeOnly? MeetingStart, TimeOnly? MeetingEnd, string? Place, DateOnly? DocumentDate,
    DateOnly? AdjustedOn, DateOnly? PostedOn, DateOnly? TakenDownOn, string? CaseNumber, IReadOnlyList<string> AdjustedBy,
    IReadOnlyList<ServingMember> Serving, IReadOnlyList<Attendee> Substitutes, IReadOnlyList<OtherAttendee> Others,
    IReadOnlyList<GuessedFact> Guesses);

/// <summary>
/// Reads the head of a document line by line: labels and their values (<see cref="HeadLabels"/>), lone dates,
/// case numbers and body names, and the attendance lists under their labels (<see cref="AttendanceReader"/>).
/// The state is only where the reader is: which label waits for its value on the next line, which list is open.
/// </summary>
internal sealed partial class HeadReader(DocumentKind kind, List<ParseWarning> warnings)
{
    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex LoneDate();

    // Adjusters are parted by a comma, "och", or the wide gap or dotted line of a signature block.
    [GeneratedRegex(@"\s*(?:,|\boch\b|\t|\s{2,}|[._…]{3,})\s*")]
    private static partial Regex NameSeparator();

    // The cells of a line set out in columns: a tab or two spaces or more between them.
    [GeneratedRegex(@"\t+|\s{2,}")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^\(\d{1,3}\)$")]
    private static partial Regex Count();

    [GeneratedRegex(@"[\s,]*\b(?:kl\.?|klockan)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAtEnd();

    // The parts of a title line: "Ljungby kommun – Kommunstyrelsen – Protokoll", "Valnämnden      1 (4)".
    [GeneratedRegex(@"\t+|\s{2,}|\s+[–—-]\s+")]
    private static partial Regex TitleParts();

    // "Regionala utvecklingsnämnden", "Gemensamma nämnden": one adjective before the body's own word.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+a\s+$")]
    private static partial Regex Adjective();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+a\s+$")]
    private static partial Regex AdjectiveAtEnd();

    readonly HashSet<string> _contentsNumbers = [];
    HeadField? _pending;
    int _pendingLine;
    /// <summary>The list a line belongs to (Serving … Signatures), or null outside any.</summary>
    HeadField? _list;
    /// <summary>Inside an attendance list: its party sub-heading and table columns so far.</summary>
    AttendanceState? _attendance;
    /// <summary>An attendance line that broke off mid-list, read together with the next.</summary>
    string? _carry;
    int _carryLine;
    /// <summary>The field of the label on the line before, so that a label's broken-off tail ("plats och tid") is known as one.</summary>
    HeadField? _previousLabel;
    /// <summary>The start of a sentence about the meeting that goes on on the next line.</summary>
    string? _sentence;

    string? _body, _place, _caseNumber;
    DateOnly? _meetingDate, _documentDate, _adjustedOn, _postedOn, _takenDownOn;
    TimeOnly? _meetingStart, _meetingEnd;
    readonly List<string> _adjustedBy = [];
    readonly List<ServingMember> _serving = [];
    readonly List<Attendee> _substitutes = [];
    readonly List<OtherAttendee> _others = [];
    readonly List<GuessedFact> _guesses = [];

    /// <summary>
    /// Reads the posting written as a sentence, from the document's text outside its §§, into the dates the labels left
    /// empty: a label, where there is one, is the surer source.
    /// </summary>
    public void ReadPostingSentences(IEnumerable<string> sentences)
    {
        foreach (var sentence in sentences)
            foreach (var (field, date) in PostingSentence.Read(sentence))
            {
                DateOnly? value = date;
                switch (field)
                {
                    case HeadField.Adjusted: _adjustedOn ??= value; break;
                    case HeadField.Posted: _postedOn ??= value; break;
                    case HeadField.TakenDown: _takenDownOn ??= value; break;
                }
            }
    }

    public Head Result()
    {
        FlushCarry();
        return new(_body, _meetingDate, _meetingStart, _meetingEnd, _place, _documentDate, _adjustedOn, _postedOn,
        _takenDownOn, _caseNumber, _adjustedBy, _serving, _substitutes, _others, _guesses);
    }

    /// <summary>Set once the matter itself begins: from then on only unambiguous labels are read.</summary>
    public bool ContentStarted { get; set; }

    /// <summary>Set in minutes once the first § has begun; the anslag block may still follow at the end.</summary>
    public bool InParagraph { get; set; }

    public bool InContents => _list == HeadField.Contents;

    /// <summary>A heading already listed in the contents opens the paragraph itself.</summary>
    public bool IsContentsEntry(string number) => _contentsNumbers.Add(number);

    public void EndContents() => _list = null;

    /// <summary>Returns true when the line was a header fact and is no part of the matter's text.</summary>
    public bool Read(SourceLine line)
    {
        var text = line.Text;
        if (text.Length == 0)
        {
            FlushCarry();
            return false;
        }

        // The matter has begun: no attendance list runs on into it.
        if (ContentStarted && _attendance is not null)
        {
            FlushCarry();
            _attendance = null;
        }
        var previous = _previousLabel;
        var label = HeadLabels.AtStart(text);
        if (label is { } found && IsAttendeeLine(found, text)) label = null;
        _previousLabel = label?.Field;
        // "Justeringens" / "plats och tid": the tail of a label broken over two lines says nothing more.
        if (!ContentStarted && HeadLabels.IsTail(text) && _pending is null && previous is HeadField.Adjusted or HeadField.Posted or HeadField.TakenDown or HeadField.Ignored)
            return true;
        if (_attendance is null && Cells(text, ContentStarted) is { } cells)
        {
            var read = false;
            foreach (var cell in cells) read |= Read(line with { Text = cell });
            return read;
        }
        if (_pending is { } pending && !(label is { Value.Length: 0 }))
        {
            _pending = null;
            if (Accept(pending, text, line.Number)) return true;
            // "Justeringens plats och tid" / "Regionhuset" / "2025-09-30": the place may come first, the date on the line after.
            if (pending == HeadField.Adjusted && label is null && !text.Any(char.IsDigit) && !ContentStarted)
            {
                _pending = pending;
                return true;
            }
            if (!ContentStarted)
                warnings.Add(new(_pendingLine, $"rubriken på den här raden har inget läsbart värde (rad {line.Number} passar inte)"));
        }

        // "Utses att justera  Anna Rosén (C)" / "Plats och tid  Regionens hus, 2021-05-31": once the meeting is told, a place and
        // time right under the adjusters is the adjustment's.
        if (label is { Field: HeadField.PlaceAndTime } placeAndTime && previous == HeadField.Adjusters && (_meetingDate ?? _documentDate) is not null)
            label = placeAndTime with { Field = HeadField.Adjusted };
        if (label is { } l && ReadLabel(l, line)) return true;
        // "Eva Ek (S) utses att justera protokollet": the sentence stays in its §, the names are the adjusters.
        if (_attendance is null && AdjusterSentence.Names(text) is { } chosen) AddAdjusters(chosen);
        if (ContentStarted) return false;

        if (_attendance is { } state)
        {
            if (_carry is { } carried)
            {
                text = carried + " " + text;
                _carry = null;
            }
            return Take(AttendanceReader.Read(state, text, line.Number), text, line.Number);
        }
        switch (_list)
        {
            case HeadField.Contents:
                foreach (var number in ParagraphNumbersIn(text)) _contentsNumbers.Add(number);
                return true;
            case HeadField.Signatures: return true;
        }

        // Without a label a value is read by its shape alone: right in every template seen so far, but a guess.
        if (ReadMeetingLine(text)) return true;
        if (LoneDate().IsMatch(text) && SwedishDates.FindDate(text) is { } date)
        {
            if (kind == DocumentKind.OfficialReport) Guess(ref _documentDate, date, "documentDate", "datumet står på en rad utan etikett");
            else Guess(ref _meetingDate, date, "meetingDate", "datumet står på en rad utan etikett");
            return true;
        }
        if (_caseNumber is null && SwedishText.CaseNumber().Match(text) is { Success: true } m && m.Length == text.Length)
        {
            Guess(ref _caseNumber, m.Value, "caseNumber", "diarienumret står på en rad utan etikett");
            return true;
        }
        if (kind != DocumentKind.OfficialReport && SwedishText.BodyName().Match(text) is { Success: true, Index: 0 } first
            && HeadLabels.AtStart(text[first.Length..].TrimStart()) is { } after && !HeadLabels.IsList(after.Field))
        {
            // "Valnämnden Sammanträdesdatum 2018-09-12": the organ, then a label of the head.
            if (SwedishText.IsSpecificBody(first.Value)) Guess(ref _body, first.Value, "body", "organet står på en rad utan etikett");
            Read(line with { Text = text[first.Length..].TrimStart() });
            return true;
        }
        if (_body is null && kind != DocumentKind.OfficialReport && (TitleParts().Split(text).FirstOrDefault(IsBody) ?? BodyInTitleLine(text)) is { } body)
        {
            Guess(ref _body, body, "body", "organet står på en rad utan etikett");
            return true;
        }
        return false;
    }

    /// <summary>
    /// In an attendance list a label word may open a member's line: "Ordförande Anna Ek (S)", "Sekreterare Eva Berg". A
    /// list's own label in lower case continues a line ("närvarande Inger Sahl (s)" after "Ersättare").
    /// </summary>
    bool IsAttendeeLine(LabelMatch label, string text) =>
        _attendance is not null && (label.Field == HeadField.Ignored && label.Value.Length > 0 && char.IsUpper(label.Value[0]) && !IsLeader(label.Value)
                                    || HeadLabels.IsList(label.Field) && char.IsLower(text[0]));

    static bool IsLeader(string value) => value.Contains("..") || value.Contains('…') || value.Contains("__");

    /// <summary>
    /// A line set out in columns with a label after the first column ("Anslaget uppsatt: 2021-06-18   Anslaget nedtas:
    /// 2021-07-10", "Regionstyrelsen   Sammanträdesdatum 2023-11-21") is read a column at a time: a label without a value
    /// takes the column after it. Null when the line is no such line; lists keep their lines whole.
    /// </summary>
    static List<string>? Cells(string text, bool content)
    {
        if (!text.Contains('\t') && !text.Contains("  ")) return null;
        // Inside the matter only a posting block is read so; most lines are prose and need no look.
        if (content && !text.Contains("ansl", StringComparison.OrdinalIgnoreCase) && !text.Contains("juster", StringComparison.OrdinalIgnoreCase)) return null;
        var columns = WideGap().Split(text.Trim());
        if (columns.Length < 2) return null;
        var labels = columns.Select(c => HeadLabels.AtStart(c)).ToList();
        if (labels.Any(l => l is { } found && HeadLabels.IsList(found.Field)) || !labels.Skip(1).Any(l => l is not null)) return null;
        // Inside the matter only the posting block at its end is set out so.
        if (content && !labels.All(l => l is { Field: HeadField.Posted or HeadField.TakenDown or HeadField.PostedAndTakenDown or HeadField.Adjusted })) return null;
        var cells = new List<string>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (labels[i] is { Value.Length: 0 } && i + 1 < columns.Length && labels[i + 1] is null)
            {
                cells.Add(columns[i] + " " + columns[i + 1]);
                i++;
            }
            else cells.Add(columns[i]);
        }
        return cells;
    }

    /// <summary>
    /// The meeting told without a label (<see cref="MeetingLine"/>); a sentence that breaks off before its full stop is
    /// read with the next line ("… sammanträde tisdagen den 30 november" / "2010 i kommunhuset, kl. 09.00–10.20.").
    /// </summary>
    bool ReadMeetingLine(string text)
    {
        if (_sentence is { } begun)
        {
            _sentence = null;
            text = begun + " " + text;
        }
        // "Protokoll fört vid … sammanträde" / "i Stadshuset den 3 maj": the sentence goes on, unless its date is already told.
        else if (MeetingLine.OpensSentence(text) && !text.TrimEnd().EndsWith('.') && SwedishDates.Find(text) is null)
        {
            _sentence = text;
            return true;
        }
        if (MeetingLine.Read(text) is not { } meeting) return false;
        if (meeting.Date is { } date) Guess(ref _meetingDate, date, "meetingDate", "datumet står i en mening om sammanträdet");
        if (meeting.Date is not null || _meetingStart is null)
        {
            _meetingStart ??= meeting.Start;
            _meetingEnd ??= meeting.End;
        }
        if (meeting.Place is { } place) Guess(ref _place, place, "place", "platsen står i en mening om sammanträdet");
        return true;
    }

    /// <summary>The words of a title line that name who keeps the minutes ("Ekby kommun"), written in lower case.</summary>
    public static readonly HashSet<string> Owners = ["kommun", "stad", "region", "kommunförbund", "landsting"];

    /// <summary>
    /// A title line run together, as a page that lost its line breaks gives it: "EKBY KOMMUN Byggnadsnämnden
    /// SAMMANTRÄDESPROTOKOLL 1 (4)". Every word but the body's own is capitalised; prose ("Nämnden beslutar") is not.
    /// </summary>
    static string? BodyInTitleLine(string text)
    {
        var m = SwedishText.BodyName().Match(text);
        if (!m.Success || !SwedishText.IsSpecificBody(m.Value)) return null;
        var before = text[..m.Index];
        var adjective = AdjectiveAtEnd().Match(before);
        var others = (adjective.Success ? before[..adjective.Index] : before) + " " + text[(m.Index + m.Length)..];
        if (!others.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || Owners.Contains(w))) return null;
        return adjective.Success ? adjective.Value.Trim() + " " + m.Value : m.Value;
    }

    /// <summary>The whole text names one specific body: "Kommunstyrelsen", "Regionala utvecklingsnämnden".</summary>
    static bool IsBody(string text)
    {
        var m = SwedishText.BodyName().Match(text);
        return m.Success && m.Index + m.Length == text.Length && (m.Index == 0 || Adjective().IsMatch(text[..m.Index]))
            && SwedishText.IsSpecificBody(text);
    }

    bool Take(AttendanceLine read, string text, int lineNumber)
    {
        if (read.Unfinished)
        {
            _carry = text;
            _carryLine = lineNumber;
            return true;
        }
        if (read.EndsList)
        {
            _list = null;
            _attendance = null;
            return false;
        }
        _attendance = read.State;
        _serving.AddRange(read.Serving);
        _substitutes.AddRange(read.Substitutes);
        _others.AddRange(read.Others);
        if (read.Warning is { } warning) warnings.Add(warning);
        return true;
    }

    /// <summary>A line left unfinished when its list ends is read as it stands.</summary>
    void FlushCarry()
    {
        if (_carry is not { } carried || _attendance is not { } state) return;
        _carry = null;
        var read = AttendanceReader.Read(state, carried, _carryLine, more: false);
        if (!read.EndsList) Take(read, carried, _carryLine);
    }

    static bool IsAttendance(HeadField field) => field is >= HeadField.Serving and <= HeadField.Absent;

    bool ReadLabel(LabelMatch label, SourceLine line)
    {
        FlushCarry();
        if (HeadLabels.IsList(label.Field))
        {
            if (ContentStarted) return false;
            // The table's columns stay with the lists that follow under it ("Ledamöter … Närvaro" then "Ersättare").
            var grid = _attendance?.Grid;
            _list = label.Field;
            // "Ersättare" under a party's heading in a list grouped by party: the party and its groups go on.
            var groups = label.Field is HeadField.Serving or HeadField.Substitutes ? _attendance?.Groups : null;
            _attendance = IsAttendance(label.Field) ? new AttendanceState(label.Field, groups is null ? null : _attendance!.Party, grid, groups) : null;
            // "Ledamöter   Parti   Närvaro   Anmärkning": the label heads a table.
            if (_attendance is not null && AttendanceReader.Header(line.Text) is { } columns)
            {
                _attendance = _attendance with { Grid = columns };
                return true;
            }
            // "Ledamöter (7)": how many the list holds says nobody's name.
            if (label.Value.Length > 0 && !Count().IsMatch(label.Value))
            {
                // "Ersättare: Maja Lindqvist (S), Kent Ås (KD). Tjänstepersoner: …": the next list begins after the full stop.
                var next = NextListInValue(label.Value);
                Read(line with { Text = next < 0 ? label.Value : label.Value[..next].TrimEnd('.', ' ') });
                if (next >= 0) Read(line with { Text = label.Value[next..] });
                // "Övriga deltagande   Ersättare: Per Wall (S), Hanna Lindh (M)" / "Sofia Kron, socialchef": a list named
                // inline on the label's line ends with it, and the lines below belong to the label's own list.
                else if (label.Value.IndexOf(':') is var colon and > 0 && HeadLabels.AtStart(label.Value[..colon]) is { Value.Length: 0 } inner
                         && HeadLabels.IsList(inner.Field) && _attendance is not null && IsAttendance(label.Field))
                {
                    FlushCarry();
                    _list = label.Field;
                    _attendance = new AttendanceState(label.Field, null, grid);
                }
            }
            return true;
        }

        var field = label.Field;
        // A paragraph's own Dnr belongs to the paragraph, not to the document.
        if (InParagraph && field == HeadField.CaseNumber) return false;
        var value = label.Value.Trim();
        if (value.Length == 0)
        {
            // "Tfn:" and "E-post:" are often left blank; what follows is not their value.
            if (field == HeadField.Ignored) return true;
            // Inside the matter a lone "Plats" or "Justering" is a title or a sub-heading, not a label awaiting its value.
            if (ContentStarted && (field is HeadField.Place or HeadField.Adjusters || label.OneWord && field == HeadField.Adjusted)) return false;
            _pending = field;
            _pendingLine = line.Number;
            _list = null;
            _attendance = null;
            return true;
        }
        if (!Accept(field, value, line.Number)) return false;
        _list = null;
        _attendance = null;
        return true;
    }

    /// <summary>Where a list's label starts after a full stop in a list's value ("…, Kent Ås (KD). Tjänstepersoner:"); -1 if nowhere.</summary>
    static int NextListInValue(string value)
    {
        for (var stop = value.IndexOf(". ", StringComparison.Ordinal); stop >= 0; stop = value.IndexOf(". ", stop + 1, StringComparison.Ordinal))
        {
            var at = stop + 2;
            while (at < value.Length && value[at] == ' ') at++;
            if (at < value.Length && char.IsUpper(value[at]) && value.IndexOf(':', at) is var colon and > 0
                && HeadLabels.AtStart(value[at..]) is { } next && HeadLabels.IsList(next.Field) && next.Index == 0 && value[at..colon].Trim().Split(' ').Length <= 3)
                return at;
        }
        return -1;
    }

    /// <summary>Takes a label's value if it has the expected shape; a label word in running text does not.</summary>
    bool Accept(HeadField field, string value, int lineNumber)
    {
        switch (field)
        {
            case HeadField.Organ:
                if (ContentStarted && !SwedishText.BodyName().IsMatch(value)) return false;
                Set(ref _body, (string?)value, lineNumber, "organ");
                return true;
            case HeadField.Time or HeadField.PlaceAndTime:
                return ReadMeetingTime(field, value, lineNumber);
            case HeadField.Place:
                if (ContentStarted) return false;
                _place ??= value;
                return true;
            case HeadField.Adjusters:
                if (ContentStarted || value.Any(char.IsDigit)) return false;
                // "Justerare ……………" in a signature block: the names stand on the line below; a rule or a sentence there is none.
                if (!AddAdjusters(value) && IsLeader(value))
                {
                    _pending = HeadField.Adjusters;
                    _pendingLine = lineNumber;
                }
                return true;
            case HeadField.Adjusted: return ReadDate(value, ref _adjustedOn, lineNumber, "justering");
            case HeadField.Posted: return ReadPosting(value, lineNumber);
            case HeadField.TakenDown: return ReadDate(value, ref _takenDownOn, lineNumber, "nedtagning");
            case HeadField.PostedAndTakenDown: return ReadPosting(value, lineNumber);
            case HeadField.DocumentDate:
                return kind == DocumentKind.OfficialReport
                    ? ReadDate(value, ref _documentDate, lineNumber, "datum")
                    : ReadMeetingTime(HeadField.Time, value, lineNumber);
            case HeadField.CaseNumber:
                var number = SwedishText.FirstCaseNumber(value) ?? (ContentStarted ? null : value);
                if (number is null) return false;
                Set(ref _caseNumber, (string?)number, lineNumber, "diarienummer");
                return true;
            default:
                return true;
        }
    }

    /// <summary>Adds the names in the text to the adjusters, once each; false when it holds none.</summary>
    bool AddAdjusters(string text)
    {
        // A rule of underscores under the signatures ("_ _ _ _") is no name, nor a heading in capitals ("ANSLAGSBEVIS").
        var names = NameSeparator().Split(AttendanceReader.StripParties(text)).Where(IsName).ToList();
        foreach (var name in names)
            if (!_adjustedBy.Contains(name)) _adjustedBy.Add(name);
        return names.Count > 0;
    }

    /// <summary>A name has letters in lower case and at most one word that starts with one ("Karin af Ekström").</summary>
    static bool IsName(string text) =>
        text.Any(char.IsLower) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0])) <= 1;

    bool ReadMeetingTime(HeadField field, string value, int lineNumber)
    {
        if (SwedishDates.Find(value) is not { } found) return ReadTimeWithoutDate(field, value);
        Set(ref _meetingDate, (DateOnly?)found.Date, lineNumber, "sammanträdesdatum");
        var rest = value[(found.Index + found.Length)..];
        var (start, end) = SwedishDates.FindTimes(rest);
        _meetingStart ??= start;
        _meetingEnd ??= end;
        // "… den 15 mars 2022 kl." / "17.00–18.40": the times on the next line.
        if (start is null && ClockAtEnd().IsMatch(rest))
        {
            _pending = HeadField.Time;
            rest = ClockAtEnd().Replace(rest, "");
        }
        // "Sammanträde: tisdagen den 19 maj 2026 kl. 17.00–18.40 i Stadshuset": a place after the times.
        if (field != HeadField.PlaceAndTime)
        {
            if (_place is null && start is not null && MeetingLine.PlaceAfter(rest) is { } after && rest.Contains(" i ", StringComparison.OrdinalIgnoreCase)
                && MeetingLine.PlaceAfter(rest[rest.IndexOf(" i ", StringComparison.OrdinalIgnoreCase)..]) == after) _place = after;
            return true;
        }
        // "Medborgarhuset, måndagen den 25 november 2002 kl 19.00", or the place after: "Fredag 3 april 2020, kl. 08.00, Regionhuset".
        var before = value[..found.Index];
        _place ??= MeetingLine.IsOnlyWeekday(before) ? MeetingLine.PlaceAfter(rest) : MeetingLine.WithoutWeekday(before);
        // "Tisdagen den 10 juni 2025 kl. 09.00–15.30," / "Regionens hus, sal Fjället": the place on the next line.
        if (_place is null && _pending is null && value.TrimEnd().EndsWith(',')) _pending = HeadField.Place;
        return true;
    }

    /// <summary>"Plats och tid Kommunkontoret, rum Ängen, kl. 08.30–16.05": the date stands elsewhere in the head.</summary>
    bool ReadTimeWithoutDate(HeadField field, string value)
    {
        var clock = value.StartsWith("kl", StringComparison.OrdinalIgnoreCase) ? 0 : value.IndexOf(" kl", StringComparison.OrdinalIgnoreCase);
        var (start, end) = SwedishDates.FindTimes(clock < 0 ? value : value[clock..]);
        if (start is null)
        {
            if (field != HeadField.PlaceAndTime || value.Any(char.IsDigit)) return false;
            // "Plats och tid  Kommunkontoret, kl." / "08.30–16.05": the times on the next line.
            if (clock > 0 && ClockAtEnd().IsMatch(value))
            {
                _pending = HeadField.Time;
                value = ClockAtEnd().Replace(value, "");
            }
            else if (clock >= 0) return false;
            // "Plats och tid  Folkets hus, Storsalen": the date and time stand elsewhere in the head.
            _place ??= value.Trim(' ', ',', '\t');
            return true;
        }
        _meetingStart ??= start;
        _meetingEnd ??= end;
        if (field == HeadField.PlaceAndTime && clock > 0) _place ??= value[..clock].Trim(' ', ',', '\t');
        return true;
    }

    /// <summary>"2024-03-27 – 2024-04-18", "2026-01-14 / 2026-02-05": a posting label's second date is when it comes down.</summary>
    bool ReadPosting(string value, int lineNumber)
    {
        if (SwedishDates.Find(value) is not { } up) return false;
        Set(ref _postedOn, (DateOnly?)up.Date, lineNumber, "anslag");
        if (SwedishDates.Find(value[(up.Index + up.Length)..]) is { } down) Set(ref _takenDownOn, (DateOnly?)down.Date, lineNumber, "nedtagning");
        return true;
    }

    bool ReadDate(string value, ref DateOnly? field, int lineNumber, string what)
    {
        if (SwedishDates.FindDate(value) is not { } date) return false;
        Set(ref field, (DateOnly?)date, lineNumber, what);
        return true;
    }

    void Guess<T>(ref T field, T value, string path, string why)
    {
        if (field is not null) return;
        field = value;
        _guesses.Add(new GuessedFact(path, why));
    }

    /// <summary>The first value stands; a different second one is pointed out, never silently taken.</summary>
    void Set<T>(ref T field, T value, int lineNumber, string what)
    {
        if (field is null) field = value;
        else if (!EqualityComparer<T>.Default.Equals(field, value))
            warnings.Add(new(lineNumber, $"ytterligare ett värde för {what} ({value}) skiljer sig från det första ({field}); det första behålls"));
    }

    static IEnumerable<string> ParagraphNumbersIn(string text)
    {
        var m = SwedishText.ParagraphHeading().Match(text.TrimStart('-', '•', '–', '*', ' '));
        return m.Success ? [m.Groups["num"].Value.Replace(" ", "")] : [];
    }
}
