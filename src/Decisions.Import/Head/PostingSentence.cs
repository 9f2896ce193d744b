using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>Which date a word before it names in a sentence about the posting of the minutes.</summary>
internal sealed record PostingWord(string Phrase, HeadField Field);

/// <summary>
/// The adjustment and posting written as a sentence instead of a label table: "Protokollet har justerats och anslagits
/// på kommunens digitala anslagstavla den 17 september 2018 och tas ned den 9 oktober 2018", "anslås 2024-03-27 –
/// 2024-04-18". Each date takes the field of the nearest word before it (see <see cref="Words"/>).
/// </summary>
internal static partial class PostingSentence
{
    public static readonly PostingWord[] Words =
    [
        new("justera(t|ts|des|s)", HeadField.Adjusted),
        new("anslag(et|its|ts|s)?", HeadField.Posted),
        new("anslås", HeadField.Posted),
        new("(sätts|sattes|sätt) upp", HeadField.Posted),
        new("anslagstavla(n)?", HeadField.Posted),
        new("tillkännag(ivits|ivet|es|avs)", HeadField.Posted),
        new("publicera(t|ts|s|des)", HeadField.Posted),
        new("från och med", HeadField.Posted),
        new("tas (ned|ner|bort)", HeadField.TakenDown),
        new("nedtas", HeadField.TakenDown),
        new("till och med", HeadField.TakenDown),
        new("t\\.o\\.m\\.", HeadField.TakenDown),
        // The meeting's own date in the posting block ("Sammanträdesdatum: 2014-04-03") is neither of the posting's.
        new("sammanträdes(datum|dag)", HeadField.Ignored),
        new("(–|--)", HeadField.TakenDown),
    ];

    /// <summary>The dash of a date range: the last of <see cref="Words"/>.</summary>
    static readonly int Dash = Words.Length - 1;

    [GeneratedRegex(@"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}\s+\p{L}+)\s*$")]
    private static partial Regex DateBefore();

    // Only a sentence that says the minutes were posted or adjusted: "anslag" alone is as often a grant of money, but
    // "anslaget sätts upp", "anslaget tas ned" and "protokollet justerades" are not.
    [GeneratedRegex(@"anslagstavla|anslagits|anslås|tillkännag|publicera(?:ts|des)|anslaget\s+(?:\p{L}+\s+){0,4}?(?:sätts|sattes|tas|publicera)|(?:protokollet|paragrafen|paragraferna)\s+(?:är\s+|har\s+)?justera(?:des|ts|t)\b|protokollet\s+är\s+anslaget\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutPosting();

    static readonly Regex Word = new(@"(?<![\p{L}])(?:" + string.Join("|", Words.Select((w, i) => $"(?<w{i}>{Phrases.Pattern(w.Phrase)})")) + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>The dates the sentence gives, by field; empty when it is not about the posting.</summary>
    public static IReadOnlyList<(HeadField Field, DateOnly Date)> Read(string sentence)
    {
        if (!AboutPosting().IsMatch(sentence)) return [];
        var found = new List<(HeadField, DateOnly)>();
        HeadField? field = null;
        var at = 0;
        foreach (Match m in Word.Matches(sentence))
        {
            // A dash says "until" only between two dates ("2024-03-27 – 2024-04-18"), not in "09.00–11.30" or "§ 15 – § 20".
            if (m.Groups[$"w{Dash}"].Success && !DateBefore().IsMatch(sentence.AsSpan(0, m.Index))) continue;
            ReadDates(sentence[at..m.Index], field, found);
            field = Words[Enumerable.Range(0, Words.Length).First(i => m.Groups[$"w{i}"].Success)].Field;
            at = m.Index + m.Length;
        }
        ReadDates(sentence[at..], field, found);
        return found;
    }

    static void ReadDates(string text, HeadField? field, List<(HeadField, DateOnly)> found)
    {
        if (field is not { } f) return;
        for (var rest = text; SwedishDates.Find(rest) is { } date; rest = rest[(date.Index + date.Length)..])
            found.Add((f, date.Date));
    }
}
