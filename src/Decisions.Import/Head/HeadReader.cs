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

    [GeneratedRegex(@"\s*(?:,|\boch\b)\s*")]
    private static partial Regex NameSeparator();

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

        if (!ContentStarted && HeadLabels.IsTail(text) && _pending is null) return true;

        var label = HeadLabels.AtStart(text);
        if (label is { } found && IsAttendeeLine(found, text)) label = null;
        if (_pending is { } pending && !(label is { Value.Length: 0 }))
        {
            _pending = null;
            if (Accept(pending, text, line.Number)) return true;
            if (!ContentStarted)
                warnings.Add(new(_pendingLine, $"rubriken på den här raden har inget läsbart värde (rad {line.Number} passar inte)"));
        }

        if (label is { } l && ReadLabel(l, line)) return true;
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
        if (_body is null && kind != DocumentKind.OfficialReport && SwedishText.BodyName().Match(text) is { Success: true } b
            && b.Length == text.Length && SwedishText.IsSpecificBody(text))
        {
            Guess(ref _body, text, "body", "organet står på en rad utan etikett");
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
            _attendance = IsAttendance(label.Field) ? new AttendanceState(label.Field, null, grid) : null;
            // "Ledamöter   Parti   Närvaro   Anmärkning": the label heads a table.
            if (_attendance is not null && AttendanceReader.Header(line.Text) is { } columns)
            {
                _attendance = _attendance with { Grid = columns };
                return true;
            }
            if (label.Value.Length > 0) Read(line with { Text = label.Value });
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
                foreach (var name in NameSeparator().Split(AttendanceReader.StripParties(value)).Where(n => n.Length > 0))
                    if (!_adjustedBy.Contains(name)) _adjustedBy.Add(name);
                return true;
            case HeadField.Adjusted: return ReadDate(value, ref _adjustedOn, lineNumber, "justering");
            case HeadField.Posted: return ReadDate(value, ref _postedOn, lineNumber, "anslag");
            case HeadField.TakenDown: return ReadDate(value, ref _takenDownOn, lineNumber, "nedtagning");
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

    bool ReadMeetingTime(HeadField field, string value, int lineNumber)
    {
        if (SwedishDates.Find(value) is not { } found) return ReadTimeWithoutDate(field, value);
        Set(ref _meetingDate, (DateOnly?)found.Date, lineNumber, "sammanträdesdatum");
        var (start, end) = SwedishDates.FindTimes(value[(found.Index + found.Length)..]);
        _meetingStart ??= start;
        _meetingEnd ??= end;
        if (field == HeadField.PlaceAndTime && found.Index > 0) _place ??= value[..found.Index].Trim(' ', ',', '\t');
        return true;
    }

    /// <summary>"Plats och tid Kommunkontoret, rum Ängen, kl. 08.30–16.05": the date stands elsewhere in the head.</summary>
    bool ReadTimeWithoutDate(HeadField field, string value)
    {
        var clock = value.IndexOf(" kl", StringComparison.OrdinalIgnoreCase);
        if (clock < 0) return false;
        var (start, end) = SwedishDates.FindTimes(value[clock..]);
        if (start is null) return false;
        _meetingStart ??= start;
        _meetingEnd ??= end;
        if (field == HeadField.PlaceAndTime && clock > 0) _place ??= value[..clock].Trim(' ', ',', '\t');
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
