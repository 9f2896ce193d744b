using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>When and where a meeting was held, as far as one line of the head tells it.</summary>
internal sealed record MeetingFacts(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place);

/// <summary>
/// The meeting told in a line without a label: "Torsdag 16 juni 2016, klockan 09.00–15.45", "Protokoll fört vid
/// nämndens sammanträde tisdagen den 30 november 2010 i kommunhuset, kl. 09.00–10.20.", "09:30 - 12:00 Nämndrummet,
/// Stadshuset", "Sammanträdesprotokoll 2013-05-14". The openers are data (<see cref="Openers"/>, <see cref="Weekdays"/>).
/// </summary>
internal static partial class MeetingLine
{
    /// <summary>The days of the week as a date in prose starts with them ("tisdag", "tisdagen", "tisdagen den").</summary>
    public static readonly string[] Weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

    /// <summary>Words that open a sentence about the meeting: "Protokoll fört vid kommunstyrelsens sammanträde …".</summary>
    public static readonly string[] Openers = ["(protokoll )?fört vid", "(protokoll )?från (nämndens |styrelsens )?sammanträde", "sammanträde med"];

    /// <summary>A document's title followed by the meeting date: "Sammanträdesprotokoll 2013-05-14", "PROTOKOLL 2002-11-25".</summary>
    public static readonly string[] DatedTitles = ["protokoll", "sammanträdesprotokoll", "möte", "sammanträde"];

    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    static readonly string Weekday = "(?:" + string.Join("|", Weekdays) + @")(?:en)?(?:\s+den)?";

    static readonly Regex StartsWithWeekday = new(@"^" + Weekday + @"\s+(?=\d)", Options);

    static readonly Regex EndsWithWeekday = new(@"[\s,]*\b" + Weekday + @"\s*$", Options);

    static readonly Regex Opener = new(@"^(?:" + Phrases.AnyOf(Openers) + @")\b", Options);

    static readonly Regex DatedTitle = new(@"^(?:" + Phrases.AnyOf(DatedTitles) + @")\s+(?=\d)", Options);

    // "kl. 08.00–08.40", "09:30 - 12:00": the meeting's times, taken out of the text to leave the place.
    [GeneratedRegex(@"(?:\b(?:kl\.?|klockan)\s*)?\b\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?", RegexOptions.IgnoreCase)]
    private static partial Regex Times();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}\s+\p{L}")]
    private static partial Regex StartsWithTimes();

    [GeneratedRegex(@"^[\s,.;]+|[\s,.;]+$")]
    private static partial Regex Edges();

    [GeneratedRegex(@"\s*,(?:\s*,)+")]
    private static partial Regex EmptyParts();

    /// <summary>True when the line opens a sentence about the meeting ("Protokoll fört vid …").</summary>
    public static bool OpensSentence(string text) => Opener.IsMatch(text);

    /// <summary>The meeting the line tells of; null when it is no such line.</summary>
    public static MeetingFacts? Read(string text)
    {
        if (StartsWithTimes().IsMatch(text))
        {
            var (start, end) = SwedishDates.FindTimes(text);
            return new MeetingFacts(null, start, end, PlaceAfter(text));
        }
        var opener = Opener.Match(text);
        var weekday = StartsWithWeekday.Match(text);
        var title = DatedTitle.Match(text);
        if (!opener.Success && !weekday.Success && !title.Success) return null;
        if (SwedishDates.Find(text) is not { } date) return null;
        // A title and its date alone: "Sammanträdesprotokoll 2013-05-14"; anything after is not this shape.
        if (title.Success && !opener.Success && !weekday.Success)
            return date.Index == title.Length && Edges().Replace(text[(date.Index + date.Length)..], "").Length == 0
                ? new MeetingFacts(date.Date, null, null, null) : null;
        if (weekday.Success && date.Index != weekday.Length) return null;
        var rest = text[(date.Index + date.Length)..];
        var (from, to) = SwedishDates.FindTimes(rest);
        return new MeetingFacts(date.Date, from, to, PlaceAfter(rest));
    }

    /// <summary>The text left when a date's tail and the times are taken out: the place, without its "i" ("i kommunhuset").</summary>
    public static string? PlaceAfter(string rest)
    {
        var place = Edges().Replace(EmptyParts().Replace(Times().Replace(rest, ""), ","), "");
        if (place.StartsWith("i ", StringComparison.OrdinalIgnoreCase)) place = place[2..].Trim();
        return place.Length > 0 ? place : null;
    }

    /// <summary>"Medborgarhuset, Grånäs, måndagen den" before a date: the place without the day.</summary>
    public static string WithoutWeekday(string place) => EndsWithWeekday.Replace(place, "").Trim(' ', ',', '\t');

    /// <summary>True when the text before a date is only the day of the week ("Fredag", "tisdagen den").</summary>
    public static bool IsOnlyWeekday(string text) => WithoutWeekday(" " + text).Length == 0;
}
