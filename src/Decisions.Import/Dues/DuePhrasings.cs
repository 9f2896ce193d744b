namespace Decisions.Import;

internal sealed record DuePhrasing(DueKind Kind, string Phrase);

/// <summary>
/// How minutes say when an assignment is due, one line per shape (see <see cref="Phrases"/>). The slots
/// {date}, {month}, {year}, {quarter} and {half} are named groups the <see cref="DueReader"/> reads the
/// bound from; lines of one kind are tried in the table's order.
/// </summary>
internal static class DuePhrasings
{
    public static readonly DuePhrasing[] All =
    [
        new(DueKind.Date, "(senast|före|innan|till|per) (den )?{date}"),

        // "till nämndens nästa sammanträde", "vid Hälso- och sjukvårdsnämndens sammanträde i juni 2025".
        new(DueKind.Meeting, @"(till|vid|på|inför|under) (ett )?((\w+- och )?\w+s )?((nästa|nästkommande|kommande|närmast följande|första) )?sammanträde(t|n)?\b( (i {month}( {year})?|(den )?{date}))?"),

        new(DueKind.Month, "(senast i|i slutet av|i|under|till) {month}( {year})?"),

        new(DueKind.Period, "under ({quarter} kvartalet |{half} )?{year}"),
        new(DueKind.Period, "under (?<thisyear>året|innevarande år)"),
        new(DueKind.Period, "(före|innan) (sommaren|semestern|hösten|jul|julen|årsskiftet|nyår)"),
        new(DueKind.Period, @"i samband med (\w+ )?(årsredovisning|bokslut|delårsrapport|delårsbokslut|budget|verksamhetsplan|tertialrapport|månadsrapport|årsbokslut)\w*"),

        new(DueKind.Recurring, "årligen"),
        new(DueKind.Recurring, "varje år"),
        new(DueKind.Recurring, "en gång (per|om|i) året"),
        new(DueKind.Recurring, "två gånger (per|om|i) året"),
        new(DueKind.Recurring, "kvartalsvis"),
        new(DueKind.Recurring, "varje kvartal"),
        new(DueKind.Recurring, "månadsvis"),
        new(DueKind.Recurring, "varje månad"),
        new(DueKind.Recurring, "halvårsvis"),
        new(DueKind.Recurring, "varje halvår"),
        new(DueKind.Recurring, "tertialvis"),
        new(DueKind.Recurring, "löpande"),
    ];

    const string Date = @"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:" + SwedishDates.MonthNames + @")(?:\s+\d{4})?)";

    public static readonly Dictionary<string, string> Slots = new()
    {
        ["date"] = "(?<date>" + Date + ")",
        ["month"] = "(?<month>" + SwedishDates.MonthNames + ")",
        ["year"] = @"(?<year>\d{4})",
        ["quarter"] = "(?<quarter>första|andra|tredje|fjärde)",
        ["half"] = @"(?<half>våren|första\s+halvåret|hösten|andra\s+halvåret)",
    };

    /// <summary>The lines of one kind as one pattern, each a whole word or phrase.</summary>
    public static string PatternOf(DueKind kind) =>
        @"\b(?:" + string.Join("|", All.Where(p => p.Kind == kind).Select(p => Phrases.Pattern(p.Phrase, Slots))) + @")\b";
}
