using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>What a label in a document's head introduces: a field's value, or a list that follows it.</summary>
internal enum HeadField
{
    Organ, Time, PlaceAndTime, Place, Adjusters, Adjusted, Posted, TakenDown, PostedAndTakenDown, CaseNumber, DocumentDate, Ignored,
    // Lists: the lines after the label are people, contents or signatures.
    Serving, Substitutes, Others, Observers, Absent, Contents, Signatures,
}

internal sealed record HeadLabel(string Words, HeadField Field);

/// <summary>A label found at the start of a line, and the rest of the line after it (its value, if any).</summary>
internal readonly record struct LabelMatch(HeadField Field, string Value, int Index, bool OneWord);

/// <summary>
/// The labels of a document's head, one line per variant as municipalities write them. A label may carry its
/// value on its own line ("Organ Hälso- och …", "Tid: 2023-11-29") or on the next ("Organ" / "Hälso- …").
/// </summary>
internal static class HeadLabels
{
    public static readonly HeadLabel[] All =
    [
        new("organ", HeadField.Organ),
        new("beslutande organ", HeadField.Organ),
        new("instans", HeadField.Organ),
        new("beslutsinstans", HeadField.Organ),

        new("plats och tid", HeadField.PlaceAndTime),
        new("tid och plats", HeadField.PlaceAndTime),

        new("tid", HeadField.Time),
        new("sammanträdesdatum", HeadField.Time),
        new("sammanträdestid", HeadField.Time),
        new("mötesdatum", HeadField.Time),
        new("datum och tid", HeadField.Time),
        new("dag och tid", HeadField.Time),
        new("dag, tid", HeadField.Time),
        new("sammanträde", HeadField.Time),

        new("plats", HeadField.Place),
        new("lokal", HeadField.Place),
        new("sammanträdeslokal", HeadField.Place),
        new("sammanträdesplats", HeadField.Place),

        new("utsett att justera", HeadField.Adjusters),
        new("utsetts att justera", HeadField.Adjusters),
        new("utses att justera", HeadField.Adjusters),
        new("justerare", HeadField.Adjusters),
        new("justerande", HeadField.Adjusters),
        new("protokolljusterare", HeadField.Adjusters),
        new("protokollsjusterare", HeadField.Adjusters),

        new("justeringens tid", HeadField.Adjusted),
        // "Justeringens plats" / "och tid" and "Justeringens" / "plats och tid": the label broken over two lines.
        new("justeringens plats", HeadField.Adjusted),
        new("justeringens", HeadField.Adjusted),
        new("justering", HeadField.Adjusted),
        new("justeringens plats och tid", HeadField.Adjusted),
        new("justeringens tid och plats", HeadField.Adjusted),
        new("justeringsdatum", HeadField.Adjusted),
        new("datum för justering", HeadField.Adjusted),
        new("plats och tid för justering", HeadField.Adjusted),
        new("tid och plats för justering", HeadField.Adjusted),
        new("protokollet justerades", HeadField.Adjusted),
        new("protokollet justerat", HeadField.Adjusted),
        new("paragrafen justerades", HeadField.Adjusted),
        new("paragrafen justerad", HeadField.Adjusted),
        new("paragraferna justerades", HeadField.Adjusted),
        new("protokollet justerades den", HeadField.Adjusted),
        new("protokollet justerats", HeadField.Adjusted),
        new("protokollet justerats den", HeadField.Adjusted),
        new("protokollet har justerats", HeadField.Adjusted),
        new("protokollet har justerats den", HeadField.Adjusted),
        new("justerat den", HeadField.Adjusted),
        new("justerat", HeadField.Adjusted),
        new("justerad", HeadField.Adjusted),
        new("justeringsdag", HeadField.Adjusted),

        new("datum för anslags uppsättande", HeadField.Posted),
        new("datum då anslaget sätts upp", HeadField.Posted),
        new("datum då anslaget sattes upp", HeadField.Posted),
        new("anslaget sätts upp", HeadField.Posted),
        new("anslaget sätts upp den", HeadField.Posted),
        new("anslaget sattes upp", HeadField.Posted),
        new("anslaget sattes upp den", HeadField.Posted),
        new("anslaget uppsatt", HeadField.Posted),
        new("anslagsdatum", HeadField.Posted),
        new("anslagsdag", HeadField.Posted),
        new("anslaget publicerat", HeadField.Posted),
        new("anslag uppsatt", HeadField.Posted),
        new("anslag uppsatt den", HeadField.Posted),
        new("anslaget publiceras", HeadField.Posted),
        new("anslaget publicerades", HeadField.Posted),
        new("anslaget anslås", HeadField.Posted),
        new("publicerat på anslagstavlan", HeadField.Posted),
        new("publicerad på anslagstavlan", HeadField.Posted),
        new("datum för anslag", HeadField.Posted),
        new("datum för anslags", HeadField.Posted),

        new("datum för anslags nedtagande", HeadField.TakenDown),
        new("datum då anslaget tas ned", HeadField.TakenDown),
        new("datum då anslaget tas ner", HeadField.TakenDown),
        new("datum då anslaget tas bort", HeadField.TakenDown),
        new("anslaget tas ned", HeadField.TakenDown),
        new("anslaget tas ned den", HeadField.TakenDown),
        new("anslaget tas ned senast", HeadField.TakenDown),
        new("anslaget tas ner", HeadField.TakenDown),
        new("anslaget tas ner den", HeadField.TakenDown),
        new("anslaget tas ner senast", HeadField.TakenDown),
        new("anslaget tas bort", HeadField.TakenDown),
        new("anslaget tas bort den", HeadField.TakenDown),
        new("anslaget tas bort senast", HeadField.TakenDown),
        new("anslaget nedtas", HeadField.TakenDown),
        new("anslag nedtas", HeadField.TakenDown),
        new("anslaget nedtaget", HeadField.TakenDown),
        new("anslag nedtaget", HeadField.TakenDown),
        new("anslaget avpublicerat", HeadField.TakenDown),
        new("anslaget avpubliceras", HeadField.TakenDown),
        new("anslaget avpublicerades", HeadField.TakenDown),
        new("anslaget tas ned senast den", HeadField.TakenDown),

        // Both dates behind one label: "Datum för anslags uppsättande/nedtagande: 2026-01-14 / 2026-02-05".
        new("datum för anslags uppsättande/nedtagande", HeadField.PostedAndTakenDown),
        new("datum för anslags uppsättande och nedtagande", HeadField.PostedAndTakenDown),
        new("datum då anslaget sätts upp / tas ned", HeadField.PostedAndTakenDown),
        new("anslaget sätts upp / tas ned", HeadField.PostedAndTakenDown),
        new("anslagsperiod", HeadField.PostedAndTakenDown),

        new("dnr", HeadField.CaseNumber),
        new("diarienr", HeadField.CaseNumber),
        new("diarienummer", HeadField.CaseNumber),
        new("ärendenummer", HeadField.CaseNumber),
        new("ärendenr", HeadField.CaseNumber),

        new("datum", HeadField.DocumentDate),

        // Labels whose values the register does not keep; naming them stops their values being read as something else.
        new("tfn", HeadField.Ignored),
        new("telefon", HeadField.Ignored),
        new("e-post", HeadField.Ignored),
        new("epost", HeadField.Ignored),
        new("tjänsteställe", HeadField.Ignored),
        new("tjänsteställe, handläggare", HeadField.Ignored),
        new("handläggare", HeadField.Ignored),
        new("kontaktperson", HeadField.Ignored),
        new("förvaringsplats", HeadField.Ignored),
        new("förvaringsplats för protokollet", HeadField.Ignored),
        new("underskrift", HeadField.Ignored),
        new("sida", HeadField.Ignored),
        new("sekreterare", HeadField.Ignored),
        new("ordförande", HeadField.Ignored),

        new("tjänstgörande ledamöter", HeadField.Serving),
        new("beslutande", HeadField.Serving),
        new("beslutande ledamöter", HeadField.Serving),
        // A sub-heading of the members' list: those under it serve for someone.
        new("beslutande ersättare", HeadField.Serving),
        new("ledamöter", HeadField.Serving),
        new("närvarande ledamöter", HeadField.Serving),
        new("närvarande", HeadField.Serving),
        // A table of those present on a page of its own; its column heads say which list a row is in.
        new("närvarolista", HeadField.Serving),
        new("närvaro- och omröstningslista", HeadField.Serving),
        new("närvaro- och voteringslista", HeadField.Serving),
        // A sub-heading of the members' list: those under it serve for someone.
        new("tjänstgörande ersättare", HeadField.Serving),

        new("närvarande ersättare", HeadField.Substitutes),
        new("ej tjänstgörande ersättare", HeadField.Substitutes),
        new("icke tjänstgörande ersättare", HeadField.Substitutes),
        // "Ej tjänstgörande" / "ersättare": the label broken over two lines in a label column.
        new("ej tjänstgörande", HeadField.Substitutes),
        new("ersättare", HeadField.Substitutes),

        new("övriga närvarande", HeadField.Others),
        new("övriga närvarande tjänstemän", HeadField.Others),
        new("övriga deltagare", HeadField.Others),
        new("övriga deltagande", HeadField.Others),
        new("övriga deltagande tjänstemän", HeadField.Others),
        new("övriga", HeadField.Others),
        new("tjänstemän", HeadField.Others),
        new("närvarande tjänstemän", HeadField.Others),
        new("tjänstepersoner", HeadField.Others),
        new("närvarande tjänstepersoner", HeadField.Others),
        new("övriga tjänstepersoner", HeadField.Others),
        new("dessutom närvarande", HeadField.Others),

        new("insynsplats", HeadField.Observers),
        new("insynsplatser", HeadField.Observers),
        new("med insynsplats", HeadField.Observers),

        new("frånvarande", HeadField.Absent),
        new("frånvarande ledamöter", HeadField.Absent),
        new("anmält förhinder", HeadField.Absent),

        new("innehållsförteckning", HeadField.Contents),
        new("ärendelista", HeadField.Contents),
        new("innehåll", HeadField.Contents),

        new("underskrifter", HeadField.Signatures),
        new("justerandes signatur", HeadField.Signatures),
    ];

    /// <summary>What is left on the next line of a label broken over two ("Justeringens plats" / "och tid"); it says nothing.</summary>
    public static readonly string[] Tails = ["och tid", "plats och tid", "uppsättande", "nedtagande", "för protokollet"];

    static readonly HashSet<string> TailKeys = Tails.Select(t => Phrases.Key(t)).ToHashSet();

    public static bool IsTail(string line) => line.Length <= 20 && TailKeys.Contains(Phrases.Key(line));

    static readonly Dictionary<string, HeadField> ByKey = All.ToDictionary(l => Phrases.Key(l.Words), l => l.Field);

    // A label ends at a space, a colon, a full stop or the line's end: "Tid:", "Organ Kommunstyrelsen", "Plats".
    /// <summary>Every label as one choice (see <see cref="Phrases.AnyOfWords"/>).</summary>
    public static readonly string Pattern = Phrases.AnyOfWords(All.Select(l => l.Words));

    static readonly Regex Label = new(@"^(?<label>" + Pattern + @")(?=[\s:.]|$)[\s:.]*(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    public static bool IsList(HeadField field) => field >= HeadField.Serving;

    /// <summary>The label a line starts with; null when it starts with none.</summary>
    public static LabelMatch? AtStart(string line)
    {
        var m = Label.Match(line);
        if (!m.Success) return null;
        var label = m.Groups["label"];
        return new LabelMatch(ByKey[Phrases.Key(label.ValueSpan)], m.Groups["value"].Value, label.Index, !label.ValueSpan.ContainsAny(' ', '\t'));
    }
}
