using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>What one sentence records of how a § was handled: votes, dissent, jäv, motions and notes.</summary>
/// <see cref="Abstaining"/>: "En ledamot avstår" in a sentence of its own, for the vote before it.
internal sealed record Proceedings(
    VotePreview? Vote, IReadOnlyList<NamedPerson> Reservations, IReadOnlyList<NamedPerson> Disqualified, MotionPreview? Motion,
    string? Note, IReadOnlyList<ParseWarning> Warnings, int? Abstaining = null);

/// <summary>Reads votes ("31 ja-röster mot 18 nej-röster"), reservations, jäv, yrkanden and protokollsanteckningar.</summary>
internal static partial class ProceedingsReader
{
    [GeneratedRegex(@"(?<yes>\d{1,4})\s+ja(?:-?\s*röster)?\b\D{0,40}?(?<no>\d{1,4})\s+nej(?:-?\s*röster)?\b(?:\D{0,30}?(?<abstained>\d{1,4})\s+(?:ledamöter\s+|ledamot\s+|röster\s+)?(?:som\s+)?(?:avstår|avstod|avstående|avstått|nedlagda|avstod\s+från\s+att\s+rösta))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Vote();

    static readonly Prefilter VoteWords = new("nej");

    // "Förslaget vinner med 4 röster mot 1", "får 13 röster och … förslag 7 röster", "Summa 6 3 2" under a named vote list.
    [GeneratedRegex(@"(?<yes>\d{1,3})\s+röster\b[^.;]{0,80}?(?:\bmot\s+(?<no>\d{1,3})\b|\b(?<no>\d{1,3})\s+röster\b)|\bsumma\s+(?<yes>\d{1,3})\s+(?<no>\d{1,3})(?:\s+(?<abstained>\d{1,3}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VoteInWords();

    static readonly Prefilter VoteInWordsWords = new("röster", "summa");

    [GeneratedRegex(@"\b(?<count>\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:ledamot|ledamöter|röster)\s+(?:som\s+)?(?:avstår|avstod|avstått|lade\s+ner)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Abstains();

    static readonly Prefilter AbstainsWords = new("avst", "lade");

    static readonly string[] CountWords = ["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"];

    [GeneratedRegex(@"\breserver(?:ar|ade|at)\s+sig\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reserves();

    [GeneratedRegex(@"\b(?:anmäler|anmälde|anmält)\s+jäv\b|\bpå\s+grund\s+av\s+jäv\b|\bjävig\b|\bdeltar\s+inte\s+i\s+(?:handläggningen|beslutet|behandlingen|överläggningen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disqualified();

    static readonly Prefilter DisqualifiedWords = new("jäv", "deltar");

    // "yrkar", and "Kenneth Roos (s) föreslår att …" from a member named with the party (not "föreslår i en motion").
    [GeneratedRegex(@"\byrka(?:r|de)\b|(?<=\(\p{L}{1,4}\)\s{0,3})föreslå(?:r|de)\b(?!\s+i\s+(?:en\s+|sin\s+)?(?:motion|medborgarförslag|skrivelse|interpellation))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Moves();

    [GeneratedRegex(@"^protokollsanteckning\s*:\s*(?<text>.+)|\b(?:lämnar|lämnade|får\s+lämna)\s+(?:en\s+|följande\s+)?protokollsanteckning|\b(?:låter|lät)\s+anteckna\b|\bantecknar\s+att\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Note();

    static readonly Prefilter NoteWords = new("anteckn");

    /// <param name="inNotes">Under a "Protokollsanteckning" heading the whole text is the note; a sentence is not one again.</param>
    public static Proceedings Read(string sentence, int line, bool inNotes)
    {
        var warnings = new List<ParseWarning>(0);
        VotePreview? vote = null;
        // Each pattern is tried only on a sentence that holds a word it needs: most sentences that reach here speak of an
        // assignment or a report, not of votes, jäv or notes, and patterns that start with a digit or a count word stop often.
        var abstaining = AbstainsWords.MayMatch(sentence) && Abstains().Match(sentence) is { Success: true } a ? Count(a.Groups["count"].Value) : (int?)null;
        var v = VoteWords.MayMatch(sentence) ? Vote().Match(sentence) : Match.Empty;
        if (!v.Success && VoteInWordsWords.MayMatch(sentence)) v = VoteInWords().Match(sentence);
        if (v.Success)
            vote = new VotePreview(int.Parse(v.Groups["yes"].Value), int.Parse(v.Groups["no"].Value),
                v.Groups["abstained"].Success ? int.Parse(v.Groups["abstained"].Value) : abstaining ?? 0, line);
        var reservations = Reserves().Match(sentence) is { Success: true } r ? People(sentence, r.Index, line, "reservation", warnings) : [];
        var disqualified = DisqualifiedWords.MayMatch(sentence) && Disqualified().Match(sentence) is { Success: true } d ? People(sentence, d.Index, line, "jäv", warnings) : [];
        MotionPreview? motion = null;
        if (Moves().Match(sentence) is { Success: true } moves)
        {
            var mover = SwedishText.PersonWithParty().Match(sentence);
            var name = mover.Success ? WithoutTitle(mover.Groups["name"].Value) : NameBefore(sentence[..moves.Index]);
            motion = new MotionPreview(name, mover.Success ? mover.Groups["party"].Value : null, sentence, line);
        }
        string? note = null;
        if (!inNotes && NoteWords.MayMatch(sentence) && Note().Match(sentence) is { Success: true } n)
            note = n.Groups["text"].Success ? n.Groups["text"].Value : sentence;
        return new Proceedings(vote, reservations, disqualified, motion, note, warnings, vote is null ? abstaining : null);
    }

    /// <summary>"Landstingsrådet Bo Ranta": the name without the title before it.</summary>
    static string WithoutTitle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titled = 0;
        while (words.Length - titled > 2 && AttendanceWords.IsTitle(words[titled])) titled++;
        return titled == 0 ? name : string.Join(' ', words[titled..]);
    }

    // "Per-Olov Strand yrkar …" where the minutes give no party: two to four capitalised words just before the verb.
    [GeneratedRegex(@"(?:^|[\s,;:])(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})\s*$")]
    private static partial Regex NameAtEnd();

    static string? NameBefore(string text)
    {
        if (NameAtEnd().Match(text) is not { Success: true } m || SwedishText.BodyName().IsMatch(m.Groups["name"].Value)) return null;
        // A body's letters left on the line before ("Ks" / "Per-Olov Strand yrkar …") are no part of the name.
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (words.Length - skip > 2 && words[skip].Length <= 2) skip++;
        return WithoutTitle(string.Join(' ', words[skip..]));
    }

    static int Count(string count) => int.TryParse(count, out var n) ? n : count.ToLowerInvariant() == "ett" ? 1 : Array.IndexOf(CountWords, count.ToLowerInvariant()) + 1;

    /// <summary>The people named with a party; else the words before the keyword ("Ledamöterna för M reserverar sig").</summary>
    static IReadOnlyList<NamedPerson> People(string sentence, int keyword, int line, string what, List<ParseWarning> warnings)
    {
        var people = SwedishText.PersonWithParty().Matches(sentence);
        if (people.Count > 0) return people.Select(p => new NamedPerson(p.Groups["name"].Value, p.Groups["party"].Value)).ToList();
        var subject = sentence[..keyword].Trim();
        if (subject.Length is > 0 and <= 80) return [new NamedPerson(subject, null)];
        warnings.Add(new ParseWarning(line, $"{what} nämns men inget namn gick att läsa"));
        return [];
    }
}
