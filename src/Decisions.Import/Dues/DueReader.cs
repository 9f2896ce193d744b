using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Reads when an assignment is due (the words are <see cref="DuePhrasings"/>). The kinds are tried from the most to the least precise, so
/// "till nästkommande sammanträde … handlingsplanerna under 2024" is a meeting, not a period.
/// </summary>
internal static class DueReader
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    static readonly Regex DatePattern = new(DuePhrasings.PatternOf(DueKind.Date), Options);
    static readonly Regex MeetingPattern = new(DuePhrasings.PatternOf(DueKind.Meeting), Options);
    static readonly Regex MonthPattern = new(DuePhrasings.PatternOf(DueKind.Month), Options);
    static readonly Regex PeriodPattern = new(DuePhrasings.PatternOf(DueKind.Period), Options);
    static readonly Regex RecurringPattern = new(DuePhrasings.PatternOf(DueKind.Recurring), Options);

    internal readonly record struct DueMatch(DuePreview Due, int Index, int Length);

    internal static DueMatch? Read(string text, DateOnly? reference) =>
        ReadDate(text, reference) ?? ReadMeeting(text, reference) ?? ReadMonth(text, reference) ?? BoundedOrRecurring(text, reference);

    /// <summary>"årligen i samband med årsredovisningen" recurs; a period only wins when it has a last day.</summary>
    static DueMatch? BoundedOrRecurring(string text, DateOnly? reference)
    {
        var period = ReadPeriod(text, reference);
        return period is { Due.Latest: not null } ? period : ReadRecurring(text) ?? period;
    }

    static DueMatch? ReadDate(string text, DateOnly? reference)
    {
        var m = DatePattern.Match(text);
        if (!m.Success || SwedishDates.FindDate(m.Value, reference) is not { } date) return null;
        return Found(m, new DuePreview(DueKind.Date, date, Phrase(m), date));
    }

    static DueMatch? ReadMeeting(string text, DateOnly? reference)
    {
        var m = MeetingPattern.Match(text);
        if (!m.Success) return null;
        if (m.Groups["date"].Success && SwedishDates.FindDate(m.Groups["date"].Value, reference) is { } date)
            return Found(m, new DuePreview(DueKind.Meeting, date, Phrase(m), date));
        return Found(m, new DuePreview(DueKind.Meeting, null, Phrase(m), MonthEnd(m, reference)));
    }

    static DueMatch? ReadMonth(string text, DateOnly? reference)
    {
        var m = MonthPattern.Match(text);
        return m.Success ? Found(m, new DuePreview(DueKind.Month, null, Phrase(m), MonthEnd(m, reference))) : null;
    }

    static DueMatch? ReadPeriod(string text, DateOnly? reference)
    {
        var m = PeriodPattern.Match(text);
        if (!m.Success) return null;
        DateOnly? latest = null;
        if (m.Groups["year"].Success && int.TryParse(m.Groups["year"].Value, out var year) && year is >= 1900 and <= 2200)
            latest = m.Groups["quarter"].Success ? QuarterEnd(year, m.Groups["quarter"].Value)
                : IsFirstHalf(m.Groups["half"]) ? new DateOnly(year, 6, 30)
                : new DateOnly(year, 12, 31);
        else if (m.Groups["thisyear"].Success && reference is { } r)
            latest = new DateOnly(r.Year, 12, 31);
        return Found(m, new DuePreview(DueKind.Period, null, Phrase(m), latest));
    }

    static DueMatch? ReadRecurring(string text)
    {
        var m = RecurringPattern.Match(text);
        return m.Success ? Found(m, new DuePreview(DueKind.Recurring, null, Phrase(m), null)) : null;
    }

    static DateOnly? MonthEnd(Match m, DateOnly? reference)
    {
        if (!m.Groups["month"].Success) return null;
        var month = SwedishDates.MonthNumber(m.Groups["month"].Value);
        if (m.Groups["year"].Success && int.TryParse(m.Groups["year"].Value, out var year) && year is >= 1900 and <= 2200)
            return SwedishDates.EndOfMonth(year, month);
        return reference is { } r ? SwedishDates.EndOfMonth(SwedishDates.YearOfComingMonth(month, r), month) : null;
    }

    static bool IsFirstHalf(Group half) =>
        half.Success && (half.Value.StartsWith("vår", StringComparison.OrdinalIgnoreCase)
                         || half.Value.StartsWith("första", StringComparison.OrdinalIgnoreCase));

    static DateOnly QuarterEnd(int year, string ordinal)
    {
        var quarter = ordinal.ToLowerInvariant() switch { "första" => 1, "andra" => 2, "tredje" => 3, _ => 4 };
        return SwedishDates.EndOfMonth(year, quarter * 3);
    }

    static DueMatch Found(Match m, DuePreview due) => new(due, m.Index, m.Length);

    /// <summary>The words as a phrase inside a sentence: "Till nästkommande …" reads "till nästkommande …".</summary>
    static string Phrase(Match m) => char.ToLowerInvariant(m.Value[0]) + m.Value[1..];
}
