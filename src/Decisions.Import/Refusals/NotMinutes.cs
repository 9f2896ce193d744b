using System.Text.RegularExpressions;

namespace Decisions.Import;

internal sealed record NotMinutesMarker(string Phrase, string WhatItIs);

/// <summary>
/// Documents that look like minutes to a quick eye but record no decision: a notice of a meeting and its agenda, a
/// press release, an invoice. Their title stands alone on one of the first lines; such a document is refused, since a
/// kallelse's "§ 1 Val av justerare" or a press release's "Regionstyrelsen beslutade …" is no decision of the register.
/// </summary>
internal static class NotMinutes
{
    public static readonly NotMinutesMarker[] All =
    [
        new("kallelse", "en kallelse till ett sammanträde"),
        new("kallelse och föredragningslista", "en kallelse till ett sammanträde"),
        new("kungörelse", "en kungörelse av ett sammanträde"),
        new("föredragningslista", "en föredragningslista"),
        new("dagordning", "en dagordning"),
        new("pressmeddelande", "ett pressmeddelande"),
        new("nyhet", "en nyhet"),
        new("faktura", "en faktura"),
        new("inbjudan", "en inbjudan"),
    ];

    /// <summary>A title stands among the first lines of a document.</summary>
    const int TitleLines = 6;

    static readonly Regex Title = new(@"^(?<title>" + Phrases.AnyOfWords(All.Select(m => m.Phrase)) + @")\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    static readonly Dictionary<string, string> ByKey = All.ToDictionary(m => Phrases.Key(m.Phrase), m => m.WhatItIs);

    /// <summary>What the document is, when its title says it is not minutes; null otherwise.</summary>
    public static string? WhatItIs(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines.Where(l => l.Text.Length > 0).Take(TitleLines))
            if (Title.Match(line.Text) is { Success: true } m) return ByKey[Phrases.Key(m.Groups["title"].ValueSpan)];
        return null;
    }

    public static string Refusal(string whatItIs) =>
        $"dokumentet ser ut att vara {whatItIs}, inte ett protokoll, ett protokollsutdrag eller en tjänsteskrivelse; inget läses in från det";

    public const string NoParagraphs = "hittade inga paragrafer – är det här ett protokoll?";

    public const string NoHeadNoDecision =
        "hittade varken ett protokollshuvud, en §-rubrik eller ett beslut – det här ser inte ut som ett protokoll, ett protokollsutdrag eller en tjänsteskrivelse";
}
