using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>Dates as Swedish minutes write them: ISO ("2023-12-08") or words ("den 13 december 2023").</summary>
internal static partial class SwedishDates
{
    internal const string MonthNames = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

    static readonly string[] Months = MonthNames.Split('|');

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b|\b(?<d>\d{1,2})(?::[ae])?\s+(?<mn>" + MonthNames + @")(?:\s+(?<y>\d{4}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[\s,]*(?:(?:kl\.?|klockan)\s*)?(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*[-–—]\s*(?<h2>\d{1,2})[:.](?<min2>\d{2}))?")]
    private static partial Regex TimeSpanPattern();

    [GeneratedRegex(@"\b(?:kl\.?|klockan)\s*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    internal readonly record struct DateMatch(DateOnly Date, int Index, int Length);

    /// <summary>
    /// The first date in the text. A date without a year takes the reference's year; without a
    /// reference it cannot be placed and is skipped. Impossible dates ("2023-02-30") are skipped too.
    /// </summary>
    internal static DateMatch? Find(string text, DateOnly? reference = null)
    {
        for (var m = DatePattern().Match(text); m.Success; m = m.NextMatch())
        {
            var month = m.Groups["mn"].Success ? MonthNumber(m.Groups["mn"].Value) : ParseInt(m.Groups["m"].Value);
            int? year = m.Groups["y"].Success ? ParseInt(m.Groups["y"].Value) : reference?.Year;
            if (year is { } y && TryCreate(y, month, ParseInt(m.Groups["d"].Value)) is { } date)
                return new DateMatch(date, m.Index, m.Length);
        }
        return null;
    }

    internal static DateOnly? FindDate(string text, DateOnly? reference = null) => Find(text, reference)?.Date;

    internal static int MonthNumber(string name) =>
        Array.FindIndex(Months, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) + 1;

    internal static DateOnly? TryCreate(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    internal static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// "i september" written in May means this September; written in November, next September:
    /// minutes only ever point forward.
    /// </summary>
    internal static int YearOfComingMonth(int month, DateOnly reference) =>
        month < reference.Month ? reference.Year + 1 : reference.Year;

    /// <summary>"kl. 09:00-10:37" anywhere, or "18.00–21.15" at the start of the text after a meeting date.</summary>
    internal static (TimeOnly? Start, TimeOnly? End) FindTimes(string text)
    {
        var clock = ClockPattern().Match(text);
        var rest = clock.Success ? text[(clock.Index + clock.Length)..] : text;
        var m = TimeSpanPattern().Match(rest);
        if (!m.Success) return (null, null);
        return (Time(m.Groups["h"].Value, m.Groups["min"].Value),
                m.Groups["h2"].Success ? Time(m.Groups["h2"].Value, m.Groups["min2"].Value) : null);
    }

    static TimeOnly? Time(string hour, string minute) =>
        int.TryParse(hour, out var h) && int.TryParse(minute, out var m) && h < 24 && m < 60 ? new TimeOnly(h, m) : null;

    static int ParseInt(string digits) => int.TryParse(digits, out var n) ? n : 0;
}
