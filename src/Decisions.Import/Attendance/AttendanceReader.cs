using System.Text;
using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Where the reader stands in the attendance part of a head: which list a line belongs to (Serving … Absent), the
/// party a sub-heading named ("Socialdemokraterna"), and the columns of an attendance table once its head was read.
/// </summary>
internal sealed record AttendanceState(HeadField List, string? Party = null, GridColumns? Grid = null, PartyGroups? Groups = null);

/// <summary>
/// A list grouped under party headings: the list the groups belong to and the parties headed so far. A table may put
/// each party's ersättare under its members ("SOCIALDEMOKRATERNA" … "Ersättare" … "MODERATERNA"): the next party's
/// heading goes back to the members, unless it was headed before, which starts the groups of a new list.
/// </summary>
internal sealed record PartyGroups(HeadField List, IReadOnlySet<string> Headed)
{
    public static AttendanceState Next(AttendanceState state, string party)
    {
        if (state.Groups is not { } groups || groups.Headed.Contains(party))
            return state with { Party = party, Groups = new PartyGroups(state.List, new HashSet<string> { party }) };
        return state with { Party = party, List = groups.List, Groups = groups with { Headed = new HashSet<string>(groups.Headed) { party } } };
    }
}

/// <summary>The columns of an attendance table: where each starts and ends on its line (tabs expanded) and what a tick in it means.</summary>
internal sealed record GridColumns(IReadOnlyList<(int Start, int End, GridColumn Column)> Columns, HeadField? List = null)
{
    /// <summary>The column a tick at <paramref name="position"/> stands in: the one above it, else the nearest.</summary>
    public GridColumn At(int position) =>
        Columns.MinBy(c => position < c.Start ? c.Start - position : position >= c.End ? position - c.End + 1 : 0).Column;
}

/// <summary>
/// What one line of an attendance list says: the people on it by what they were at the meeting, the state for the next
/// line, a warning when a name could not be read, that the line is prose and the list has ended, or that the line
/// breaks off mid-list ("…, Lars-Åke" / "Berg (s), …") and must be read together with the next.
/// </summary>
internal sealed record AttendanceLine(
    AttendanceState State, IReadOnlyList<ServingMember> Serving, IReadOnlyList<Attendee> Substitutes, IReadOnlyList<OtherAttendee> Others,
    ParseWarning? Warning = null, bool EndsList = false, bool Unfinished = false)
{
    public static AttendanceLine Nobody(AttendanceState state) => new(state, [], [], []);
}

/// <summary>
/// Reads the lines under "Beslutande", "Ersättare", "Övriga närvarande", "Insynsplats" and "Frånvarande": one person a
/// line or a comma list, with party, chairing role, the member an ersättare serves for, an official's title before or
/// after the name and the §§ they were present for; a table with ticks under "Närvarande"/"Tjänstgörande"; names
/// grouped under party sub-headings. The words live in <see cref="AttendanceWords"/>.
/// </summary>
internal static partial class AttendanceReader
{
    /// <summary>The words between a serving ersättare and the member they stand in for: "Anna Stark (M) ersätter Anna Nordqvist (M)".</summary>
    public static readonly string[] ServesForPhrasings =
    [
        "ersätter",
        "tjänstgör för",
        "tjg\\.? ers\\.? för",
        "tgj\\.? ers\\.? för",
        "tjg för",
        "tjänstgörande ersättare för",
        "tjänstgör som ersättare för",
        "ersättare för",
        "ers\\.? för",
        "i stället för",
        "istället för",
        "för",
    ];

    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    static readonly Regex ServesFor = new(@"(?<![\p{L}])(?:" + Phrases.AnyOf(ServesForPhrasings) + @")(?![\p{L}])(?:\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}))?",
        Options);

    // "… tjg ers för" or "… tjänstgörande ersättare för Tomas": the member served for is on the next line.
    static readonly Regex EndsInServesFor = new(@"(?<![\p{L}])(?:" + Phrases.AnyOf(ServesForPhrasings) + @")(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$", Options);

    // "§ 19/24", "§§ 141–143", "del av § 45", "(§ 14)": the §§ an official was present for, a number perhaps with its year.
    [GeneratedRegex(@"\(?\s*(?:del\s+av\s+)?§§?\s*(?<list>\d{1,4}(?:\s*/\s*\d{2,4})?(?:\s*(?:[-–]|,|och|samt)\s*(?:§\s*)?\d{1,4}(?:\s*/\s*\d{2,4})?)*)\s*\)?")]
    private static partial Regex ParagraphRefs();

    [GeneratedRegex(@"^\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$")]
    private static partial Regex BareParagraphs();

    [GeneratedRegex(@"\s*/\s*\d{2,4}|§")]
    private static partial Regex YearOrSign();

    // "kl 11.25–11.35", "(kl. 14.05–14.30)": when an official came and went; the register keeps the §§.
    [GeneratedRegex(@"\(?\s*(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    // Cells of a table row: a tab or a run of two spaces or more.
    [GeneratedRegex(@"[^\s](?:\S| (?! ))*")]
    private static partial Regex Cell();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?<!-)$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    static readonly HashSet<string> NameParticles = ["von", "af", "de", "van", "der", "la"];

    /// <summary>A present ersättare in a list of others (officials): "Anna Ek (S), ersättare".</summary>
    public static readonly string[] SubstituteRoles = ["ersättare"];

    /// <summary>Reads one line of the list <paramref name="state"/> is in; <paramref name="more"/> is false when no line follows it.</summary>
    public static AttendanceLine Read(AttendanceState state, string text, int line, bool more = true)
    {
        text = text.Trim();
        if (text.Length == 0 || AttendanceWords.SendsElsewhere(text)) return AttendanceLine.Nobody(state);
        if (Header(text) is { } grid) return AttendanceLine.Nobody(state with { Grid = grid, List = grid.List ?? state.List, Party = null });
        // "Namn   Parti   varo   ers. …": a table's head with columns the reader does not know names nobody.
        if (StartsAsHead(text)) return AttendanceLine.Nobody(state);
        if (AttendanceWords.PartyHeading(text) is { } party) return AttendanceLine.Nobody(PartyGroups.Next(state, party));
        var people = SwedishText.PersonWithParty().Matches(text);
        // A comma list of members runs on until its list ends, wrapped wherever the page ended: read it whole.
        if (more && (IsCommaList(text, people) || Unfinished(text, people))) return AttendanceLine.Nobody(state) with { Unfinished = true };
        var read = Row(state, text) ?? (people.Count > 0 ? WithParties(state, text, people) : WithoutParties(state, text, line));
        // Those listed as absent were not there: the list is read only to know where it ends.
        return state.List == HeadField.Absent && !read.EndsList ? AttendanceLine.Nobody(state) : read;
    }

    /// <summary>The head of an attendance table: every cell a column word, at least one of them saying who was there.</summary>
    public static GridColumns? Header(string text)
    {
        if (!HasWideGap(text)) return null;
        var line = ExpandTabs(text);
        var columns = new List<(int, int, GridColumn)>();
        HeadField? list = null;
        foreach (Match cell in Cell().Matches(line))
        {
            foreach (var word in cell.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (AttendanceWords.GridColumnOf(word) is null) return null;
            columns.Add((cell.Index, cell.Index + cell.Length, AttendanceWords.ColumnOfHead(cell.Value)));
            list ??= AttendanceWords.ListOfHead(cell.Value);
        }
        return columns.Count >= 2 && columns.Any(c => c.Item3 != GridColumn.Other) ? new GridColumns(columns, list) : null;
    }

    /// <summary>A line whose first two cells are column words of a table ("Namn   Parti"), whatever the cells after them say.</summary>
    static bool StartsAsHead(string text)
    {
        if (!HasWideGap(text)) return false;
        var cells = Cell().Matches(ExpandTabs(text));
        return cells.Count >= 2 && cells.Take(2).All(c => c.Value.Split(' ').All(w => AttendanceWords.GridColumnOf(w) is not null));
    }

    /// <summary>Two members or more with their parties, parted by a comma: a list written as running text, wrapped anywhere.</summary>
    static bool IsCommaList(string text, MatchCollection people)
    {
        if (people.Count < 2) return false;
        var between = text.AsSpan(people[0].Index + people[0].Length, people[1].Index - people[0].Index - people[0].Length);
        return between.ContainsAny(',', ';');
    }

    /// <summary>
    /// A line that breaks off mid-list: it ends in a comma or in "tjg ers för", or its last comma leaves a name without
    /// its party ("…, Lars-Åke" with "Berg (s)" on the next line).
    /// </summary>
    static bool Unfinished(string text, MatchCollection people)
    {
        if (text.EndsWith(',') || people.Count > 0 && EndsInServesFor.IsMatch(text[(people[^1].Index + people[^1].Length)..])) return true;
        if (people.Count == 0)
        {
            var parts = Parts(text).ToList();
            var read = parts.Select(Part).ToList();
            if (parts.Count < 2 || read.SkipLast(1).Any(p => p is null)) return false;
            // "kommunchef Jan Thorén, …, revisorernas ordförande" / "Karl Boström": a title waiting for its name.
            if (read[^1] is { Name: null, Title: not null } && read.Any(p => p!.Value.TitleFirst)) return true;
            // "Tomas Ferm, ekonomichef, Sara" / "Nyberg, sekreterare": a name cut in two.
            return read[^1] is null && NameWord().IsMatch(parts[^1].Trim()) && !AttendanceWords.IsTitle(parts[^1].Trim());
        }
        var comma = text.LastIndexOf(',');
        if (comma < people[^1].Index + people[^1].Length) return false;
        var words = text[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and < 4 && words.All(w => NameWord().IsMatch(w));
    }

    /// <summary>
    /// A row of a table: name, party, then ticks and a note ("Rebecka Munthe   S   X   tjänstgör för Tomas Ekvall"). Without
    /// a tick it is a row of a list with a party column, unless the table's head said a tick is expected.
    /// </summary>
    static AttendanceLine? Row(AttendanceState state, string text)
    {
        if (!HasWideGap(text)) return null;
        var line = ExpandTabs(text);
        var cells = Cell().Matches(line);
        if (cells.Count < 2) return null;
        var note = new StringBuilder();
        string name;
        Match partyCell;
        // "Ingrid Falk, ordförande   S   x": a role after the name in the name's column.
        if (cells[0].Value.Split(',', 2) is var own && IsName(own[0]) && AttendanceWords.PartyLetters().Match(cells[1].Value) is { Success: true } second)
        {
            (name, partyCell) = (own[0], second);
            if (own.Length > 1) note.Append(own[1].Trim()).Append(' ');
        }
        // "S   Eva Sandström, ordförande   X": the party's column first, a role after the name.
        else if (AttendanceWords.PartyLetters().Match(cells[0].Value) is { Success: true } first && cells[1].Value.Split(',', 2) is var named && IsName(named[0]))
        {
            (name, partyCell) = (named[0], first);
            if (named.Length > 1) note.Append(named[1].Trim()).Append(' ');
        }
        else return null;
        var ticks = new List<GridColumn>();
        var marked = false;
        for (var i = 2; i < cells.Count; i++)
        {
            var cell = cells[i].Value;
            if (AttendanceWords.IsTick(cell))
            {
                ticks.Add(state.Grid?.At(cells[i].Index) ?? GridColumn.Other);
                marked = true;
            }
            else if (AttendanceWords.IsBlank(cell)) marked = true;
            else note.Append(cell).Append(' ');
        }
        var present = marked || state.Grid is not null ? ticks.Any(c => c != GridColumn.Absent) : true;
        if (!present) return AttendanceLine.Nobody(state);
        name = Space().Replace(name.Trim(), " ");
        var party = partyCell.Groups["party"].Value;
        var remark = note.ToString().Trim();
        var servesFor = ServesFor.Match(remark);
        var served = servesFor.Success && servesFor.Groups["name"].Success ? servesFor.Groups["name"].Value : null;
        var serves = served is not null || ticks.Contains(GridColumn.Serving);
        return state.List switch
        {
            HeadField.Serving => Serving(state, new(name, party, served, AttendanceWords.ChairRoleIn(remark))),
            HeadField.Substitutes when serves => Serving(state, new(name, party, served, AttendanceWords.ChairRoleIn(remark))),
            HeadField.Substitutes => Substitute(state, new(name, party)),
            _ => Other(state, new(name, OtherRole(state, remark.Length == 0 ? null : remark), null)),
        };
    }

    /// <summary>People marked with their party: "Anna Stark (M), ordförande", "Eva Sköld (S) för Per Ahl (S)", several a line.</summary>
    static AttendanceLine WithParties(AttendanceState state, string text, MatchCollection people)
    {
        var serving = new List<ServingMember>();
        var substitutes = new List<Attendee>();
        var others = new List<OtherAttendee>();
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var (name, party) = (person.Groups["name"].Value, person.Groups["party"].Value);
            // "Ordförande Anna Ek (S)", "Miljöchef Per Ås (C)": a title before the name is that person's.
            var lead = i == 0 ? text[..person.Index].Trim() : "";
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var titled = 0;
            while (words.Length - titled > 2 && AttendanceWords.IsTitle(words[titled])) titled++;
            if (titled > 0)
            {
                lead = $"{lead} {string.Join(' ', words[..titled])}".Trim();
                name = string.Join(' ', words[titled..]);
            }
            var after = Between(text, person, i + 1 < people.Count ? people[i + 1] : null);
            var servesFor = ServesFor.Match(after);
            string? served = null;
            if (servesFor.Success && servesFor.Index <= FirstLetter(after))
            {
                if (servesFor.Groups["name"].Success) served = servesFor.Groups["name"].Value;
                else if (i + 1 < people.Count)
                {
                    served = people[i + 1].Groups["name"].Value;
                    after = Between(text, people[i + 1], i + 2 < people.Count ? people[i + 2] : null);
                    i++;
                }
            }
            var role = RoleIn(after, out var paragraphs) ?? (lead.Length > 0 && StartsTitle(lead) ? lead : null);
            var chair = AttendanceWords.ChairRoleIn(after) ?? AttendanceWords.ChairRoleIn(lead);
            if (role is not null && AttendanceWords.SaysNotServing(role)) substitutes.Add(new(name, party));
            else if (state.List == HeadField.Serving || state.List == HeadField.Substitutes && served is not null) serving.Add(new(name, party, served, chair));
            else if (state.List == HeadField.Substitutes) substitutes.Add(new(name, party));
            else if (state.List == HeadField.Others && role is not null && SubstituteRoles.Contains(role, StringComparer.OrdinalIgnoreCase)) substitutes.Add(new(name, party));
            else others.Add(new(name, OtherRole(state, role), paragraphs));
        }
        return new(state, serving, substitutes, others);
    }

    /// <summary>
    /// People without a party mark, in a comma or semicolon list or one a line: "Anna Ek, kommunchef; Per Berg, ekonom § 5",
    /// "Camilla Rydén kommundirektör", "kommunchef Jan Thorén", "Kommunchef Gunilla Berg". A party sub-heading gives the party.
    /// </summary>
    static AttendanceLine WithoutParties(AttendanceState state, string text, int line)
    {
        var people = People(text);
        if (people is null || people.Count == 0 || LooksLikeProse(text, people))
        {
            if (!LooksLikeAttendee(text) || people is { Count: > 0 }) return AttendanceLine.Nobody(state) with { EndsList = true };
            var what = state.List switch
            {
                HeadField.Serving => "en tjänstgörande ledamot",
                HeadField.Substitutes => "en närvarande ersättare",
                _ => "en närvarande",
            };
            return AttendanceLine.Nobody(state) with { Warning = new ParseWarning(line, $"kunde inte läsa {what} ur \"{Shorten(text)}\"") };
        }
        var serving = new List<ServingMember>();
        var substitutes = new List<Attendee>();
        var others = new List<OtherAttendee>();
        foreach (var (name, role, paragraphs, ownParty) in people)
        {
            var servesFor = role is null ? Match.Empty : ServesFor.Match(role);
            var served = servesFor.Success && servesFor.Groups["name"].Success ? servesFor.Groups["name"].Value : null;
            var party = ownParty ?? state.Party;
            if (role is not null && AttendanceWords.SaysNotServing(role)) substitutes.Add(new(name, party));
            else if (state.List == HeadField.Serving || state.List == HeadField.Substitutes && served is not null)
                serving.Add(new(name, party, served, role is null ? null : AttendanceWords.ChairRoleIn(role)));
            else if (state.List == HeadField.Substitutes) substitutes.Add(new(name, party));
            else if (role is not null && SubstituteRoles.Contains(role, StringComparer.OrdinalIgnoreCase)) substitutes.Add(new(name, party));
            else others.Add(new(name, OtherRole(state, role), paragraphs));
        }
        return new(state, serving, substitutes, others);
    }

    /// <summary>The people of a line without party marks as name, title and §§; null when a part is neither name nor title.</summary>
    static List<(string Name, string? Role, IReadOnlyList<int>? Paragraphs, string? Party)>? People(string text)
    {
        var parts = new List<(string? Name, string? Title, bool TitleFirst, List<int> Paragraphs)>();
        var parties = new Dictionary<int, string>(); // the party a part of its own gives the name before it ("Bo Ek, s, ordförande")
        foreach (var part in Parts(text.TrimEnd('.', ' ')))
        {
            if (parts.Count > 0 && AttendanceWords.PartyAlone(part) is { } letters)
            {
                parties.TryAdd(parts.Count - 1, letters);
                continue;
            }
            // "…, ersätter Elsa Bäck, s": the member served for belongs to the name before, not a person of the list.
            if (parts.Count > 0 && ServesFor.Match(part.TrimStart()) is { Success: true, Index: 0 } serves && serves.Groups["name"].Success
                && parts[^1] is { Name: not null, Title: null } before)
            {
                parts[^1] = before with { Title = part.Trim() };
                parties.TryAdd(parts.Count - 1, "");
                continue;
            }
            // "§§ 203–204 Jens Ek" where line breaks were lost: the §§ before a name end the person before.
            var rest = part.TrimStart();
            var leading = ParagraphRefs().Match(rest);
            if (leading.Success && leading.Index == 0 && leading.Length < rest.Length)
            {
                parts.Add((null, null, false, [.. Numbers(leading)]));
                rest = rest[leading.Length..];
            }
            // "Amir Rashidi, controller, 16-17": numbers alone after a person are the §§ present for.
            if (parts.Count > 0 && BareParagraphs().IsMatch(rest))
            {
                parts.Add((null, null, false, [.. SwedishText.ParagraphNumbers(rest)]));
                continue;
            }
            var read = Part(rest);
            if (read is null) return null;
            parts.Add(read.Value);
        }

        // Where titles come first ("kommunchef Jan Thorén, revisorernas ordförande" / "Karl Boström") a title of its own
        // belongs to the name after it; elsewhere ("Anna Ek, ekonom, del av § 45") to the name before, and so does one
        // that runs into the next name where the line breaks were lost ("Anna Ek, ekonom § 4 Per Ås, jurist").
        var titlesFirst = parts.Count > 0 && parts[0].TitleFirst;
        var people = new List<(string Name, string? Role, IReadOnlyList<int>? Paragraphs, string? Party)>();
        string? waiting = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var (name, title, titleFirst, paragraphs) = parts[i];
            var ownParty = parties.TryGetValue(i, out var letters) && letters.Length > 0 ? letters : null;
            if (name is not null && titleFirst && !titlesFirst && people.Count > 0 && people[^1].Role is null)
            {
                var (before, _, present, beforeParty) = people[^1];
                people[^1] = (before, title, paragraphs.Count > 0 ? [.. present ?? [], .. paragraphs] : present, beforeParty);
                people.Add((name, null, null, ownParty));
                continue;
            }
            if (name is not null)
            {
                people.Add((name, title ?? waiting, paragraphs.Count > 0 ? paragraphs : null, ownParty));
                waiting = null;
                continue;
            }
            if (title is not null && titlesFirst && i + 1 < parts.Count && parts[i + 1] is { Name: not null, Title: null })
            {
                waiting = title;
                continue;
            }
            if (people.Count == 0)
            {
                if (title is null) continue;
                return null;
            }
            var (last, role, known, lastParty) = people[^1];
            if (title is not null) role = role is null ? title : $"{role}, {title}";
            if (paragraphs.Count > 0) known = [.. known ?? [], .. paragraphs];
            people[^1] = (last, role, known, lastParty ?? ownParty);
        }
        return people;
    }

    /// <summary>A part of a list: its name, title and §§; null when it is neither name nor title.</summary>
    static (string? Name, string? Title, bool TitleFirst, List<int> Paragraphs)? Part(string part)
    {
        var rest = WithoutParagraphsAndClock(part, out var paragraphs).Trim(' ', '.', ':', '(', ')');
        // "Hanna Berg (valsamordnare)": a title in brackets after the name.
        if (rest.Contains('(')) rest = Space().Replace(rest.Replace('(', ' ').Replace(')', ' '), " ").Trim();
        var words = rest.Length == 0 ? [] : rest.Split(' ');
        var (name, title, titleFirst) = Split(words);
        if (words.Length > 0 && name is null && title is null) return null;
        return (name, title, titleFirst, paragraphs);
    }

    /// <summary>A part of a list as name and title: "Anna Ek", "Anna Ek kommunchef", "kommunchef Anna Ek", "kommunchef".</summary>
    static (string? Name, string? Title, bool TitleFirst) Split(string[] words)
    {
        if (words.Length == 0) return (null, null, false);
        var names = 0;
        while (names < words.Length && IsNameWordAt(words, names)) names++;
        if (names is >= 2 and <= 5)
            return names == words.Length ? (string.Join(' ', words), null, false) : (string.Join(' ', words[..names]), string.Join(' ', words[names..]), false);
        if (!StartsTitle(words[0])) return (null, null, false);
        var title = 1;
        while (title < words.Length && !IsNameWordAt(words, title)) title++;
        var rest = words.Length - title;
        if (rest == 0) return (null, string.Join(' ', words), false);
        if (rest is >= 2 and <= 5 && Enumerable.Range(title, rest).All(i => IsNameWordAt(words, i)))
            return (string.Join(' ', words[title..]), string.Join(' ', words[..title]), true);
        return (null, null, false);
    }

    static bool IsNameWordAt(string[] words, int i) =>
        NameWord().IsMatch(words[i]) && !AttendanceWords.IsTitle(words[i])
        || NameParticles.Contains(words[i]) && i > 0 && i + 1 < words.Length && NameWord().IsMatch(words[i + 1]);

    static bool StartsTitle(string word) => char.IsLower(word[0]) || char.IsDigit(word[0]) || word.EndsWith('-') || AttendanceWords.IsTitle(word);

    static bool IsName(string text)
    {
        var words = Space().Split(text.Trim());
        return words.Length is >= 2 and <= 5 && Enumerable.Range(0, words.Length).All(i => IsNameWordAt(words, i));
    }

    /// <summary>The parts of a list: cut at commas and semicolons, except those inside a list of §§ ("§§ 5, 7").</summary>
    static IEnumerable<string> Parts(string text)
    {
        var refs = ParagraphRefs().Matches(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (',' or ';') || refs.Any(r => i > r.Index && i < r.Index + r.Length)) continue;
            yield return text[start..i];
            start = i + 1;
        }
        yield return text[start..];
    }

    /// <summary>The text after a name: a title ("ekonomichef"), the §§ it names, and times taken out.</summary>
    static string? RoleIn(string after, out IReadOnlyList<int>? paragraphs)
    {
        var rest = WithoutParagraphsAndClock(after, out var found).Trim(' ', ',', ';', '.', '(', ')');
        paragraphs = found.Count > 0 ? found : null;
        return rest.Length > 0 && StartsTitle(rest) ? rest : null;
    }

    /// <summary>The text with its §§ ("§ 19/24", "del av § 45") and clock times taken out; the §§ by number.</summary>
    static string WithoutParagraphsAndClock(string text, out List<int> paragraphs)
    {
        var found = new List<int>();
        paragraphs = found;
        // Most parts name neither; the patterns are run only where they can match.
        var rest = !text.Contains('§') ? text : ParagraphRefs().Replace(text, m =>
        {
            found.AddRange(Numbers(m));
            return " ";
        });
        if (rest.Contains("kl", StringComparison.OrdinalIgnoreCase)) rest = Clock().Replace(rest, " ");
        return rest.Contains("  ") || rest.Contains('\t') ? Space().Replace(rest, " ") : rest;
    }

    /// <summary>Cells of a table stand apart by a tab or two spaces or more.</summary>
    static bool HasWideGap(string text) => text.Contains('\t') || text.Contains("  ");

    static IReadOnlyList<int> Numbers(Match paragraphRefs) => SwedishText.ParagraphNumbers(YearOrSign().Replace(paragraphRefs.Groups["list"].Value, ""));

    static string? OtherRole(AttendanceState state, string? role) => state.List == HeadField.Observers ? "insynsplats" : role;

    static AttendanceLine Serving(AttendanceState state, ServingMember member) => new(state, [member], [], []);

    static AttendanceLine Substitute(AttendanceState state, Attendee attendee) => new(state, [], [attendee], []);

    static AttendanceLine Other(AttendanceState state, OtherAttendee other) => new(state, [], [], [other]);

    /// <summary>A sentence is no list: a line ending in a full stop whose "titles" are not titles ("Anna Ek hälsar alla välkomna.").</summary>
    static bool LooksLikeProse(string text, List<(string Name, string? Role, IReadOnlyList<int>? Paragraphs, string? Party)> people) =>
        (text.EndsWith('.') || text.Length > 160)
        && people.Any(p => p.Role is { } role && !role.Split(' ').Any(AttendanceWords.IsTitle) && AttendanceWords.ChairRoleIn(role) is null);

    /// <summary>Prose ends an attendance list without a heading: a long line or a full sentence.</summary>
    static bool LooksLikeAttendee(string text) =>
        text.Length <= 120 && !text.EndsWith('.') && char.IsUpper(text[0]);

    static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetter(text[i])) return i;
        return text.Length;
    }

    static string Between(string text, Match from, Match? to)
    {
        var start = from.Index + from.Length;
        return text[start..(to?.Index ?? text.Length)];
    }

    /// <summary>Tabs to the next multiple of eight, so a table's head and rows line up as they did on the page.</summary>
    static string ExpandTabs(string text)
    {
        if (!text.Contains('\t')) return text;
        var expanded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c != '\t') expanded.Append(c);
            // At least two spaces, so a tab always parts two cells.
            else
            {
                var pad = 8 - expanded.Length % 8;
                expanded.Append(' ', pad < 2 ? pad + 8 : pad);
            }
        }
        return expanded.ToString();
    }

    internal static string StripParties(string text) => SwedishText.PersonWithParty().Replace(text, "${name}");

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
