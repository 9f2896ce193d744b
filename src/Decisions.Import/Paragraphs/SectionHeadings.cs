using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// What the text under a sub-heading of a § is: the minutes' own record, history, the decision, a proposal,
/// protokollsanteckningar, or lists the register does not read (beslutsunderlag, expediering).
/// </summary>
internal enum Section { Minutes, Background, Decision, Proposal, Notes, Ignored }

internal sealed record SectionHeading(string Phrase, Section Section);

/// <summary>
/// The sub-headings of a §, one line per variant (see <see cref="Phrases"/>); "{owner}s beslut" is any owner
/// ("Kommunstyrelsens beslut", "Regiondirektörens förslag"). A heading is a line of its own, a colon allowed.
/// </summary>
internal static class SectionHeadings
{
    public static readonly SectionHeading[] All =
    [
        new("beslut", Section.Decision),
        new("beslutet", Section.Decision),
        new("beslut i ärendet", Section.Decision),
        new("{owner}s beslut", Section.Decision),

        new(@"förslag till beslut(\s+\w+){0,4}", Section.Proposal),
        new("förslag", Section.Proposal),
        new("beslutsförslag", Section.Proposal),
        new("{owner}s förslag( till beslut)?", Section.Proposal),

        new("sammanfattning( av ärendet)?", Section.Background),
        new("ärendebeskrivning", Section.Background),
        new("ärendet", Section.Background),
        new("bakgrund", Section.Background),
        new("beskrivning av ärendet", Section.Background),
        new("information", Section.Background),
        new("överläggning", Section.Background),
        new("motivering", Section.Background),
        new("analys", Section.Background),
        new("bedömning", Section.Background),
        new("förvaltningens bedömning", Section.Background),
        new("ekonomiska konsekvenser", Section.Background),
        new("konsekvenser.{0,80}", Section.Background),
        new("uppföljning", Section.Background),
        new("yttrande", Section.Background),
        new("ärendets beredning", Section.Background),
        new("beredning", Section.Background),
        new("behandling", Section.Background),
        new("handläggning", Section.Background),
        new("diskussion", Section.Background),
        new("yrkanden?", Section.Background),
        new("propositionsordning", Section.Background),
        new("beslutsgång", Section.Background),
        new("votering", Section.Background),
        new("omröstning", Section.Background),
        new("reservation(er)?", Section.Background),
        new("jäv", Section.Background),

        new("protokollsanteckning(ar)?", Section.Notes),

        new("beslutsunderlag", Section.Ignored),
        new("handlingar", Section.Ignored),
        new("bilag(a|or)", Section.Ignored),
        new("underlag", Section.Ignored),
        new("skickas till", Section.Ignored),
        new("utdrag till", Section.Ignored),
        new("beslutet skickas till", Section.Ignored),
        new("expedieras till", Section.Ignored),
        new("expediering", Section.Ignored),
        new("expedieras", Section.Ignored),
        new("för kännedom", Section.Ignored),
        new("i tjänsten", Section.Ignored),
        new("sändlista", Section.Ignored),
        new("kopia till", Section.Ignored),
        new("föredragande", Section.Ignored),
        new("underskrifter", Section.Ignored),
    ];

    const string Owner = "{owner}";

    /// <summary>Words no owner of a heading holds: "Fullmäktige beslutade enligt landstingsstyrelsens förslag" is a decision.</summary>
    public static readonly string[] NotInOwner = ["enligt", "beslutade", "beslutar", "beslöt"];

    // "Kommunstyrelsens beslut": the lookahead tests the line's end before the lazy owner tries every split of a
    // line of prose, which cost two scans of up to 60 steps on every line.
    static string Alternative(string phrase) => phrase.StartsWith(Owner, StringComparison.Ordinal)
        ? $@"(?=.*{Phrases.Pattern(phrase[Owner.Length..])}\s*:?$)(?!.*\b(?:{Phrases.AnyOf(NotInOwner)})\b)[\w\-. ]{{2,60}}?{Phrases.Pattern(phrase[Owner.Length..])}"
        : Phrases.Pattern(phrase);

    /// <summary>
    /// The headings as one choice for finding them inside a line: the plain ones, and an owner of one or two words
    /// before "s beslut" / "s förslag" ("Barn- och utbildningsnämndens beslut").
    /// </summary>
    public static readonly string InLine = string.Join("|", All.Where(h => !h.Phrase.StartsWith(Owner, StringComparison.Ordinal) && !h.Phrase.Contains(".{")).Select(h => Phrases.Pattern(h.Phrase)))
        + @"|[\w-]+(?:\s+och\s+[\w-]+)?s\s+(?:beslut|förslag(?:\s+till\s+beslut)?)";

    static readonly Regex Pattern = new("^(?:" + string.Join("|", All.Select(h => h.Section).Distinct()
            .Select(s => $"(?<{s}>" + string.Join("|", All.Where(h => h.Section == s).Select(h => Alternative(h.Phrase))) + ")")) + @")\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    static readonly EnumGroups<Section> Groups = new(Pattern);

    /// <summary>The section a line heads; null for any other line.</summary>
    public static Section? Of(string line)
    {
        if (line.Length > 100) return null;
        var m = Pattern.Match(line);
        return m.Success ? Groups.Of(m) : null;
    }
}
