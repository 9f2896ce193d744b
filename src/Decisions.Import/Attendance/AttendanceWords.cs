using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>A chairing role as a list writes it ("v ordf") and as the register keeps it ("vice ordförande").</summary>
internal sealed record ChairRole(string Phrase, string Role);

/// <summary>What a column of an attendance table says about the people ticked in it.</summary>
internal enum GridColumn { Present, Serving, Absent, Other }

internal sealed record GridWord(string Word, GridColumn Column);

/// <summary>
/// The words of attendance lists, one variant a line (phrases in <see cref="Phrases"/>' small pattern language), so a
/// municipality's own wording is one more line: chairing roles, the words that mark a present ersättare who does not
/// serve, titles of officials, the column heads of an attendance table, party names and the openers of a line that
/// sends the reader to a list elsewhere.
/// </summary>
internal static partial class AttendanceWords
{
    /// <summary>The chair's roles: the only roles a serving member carries in the register. Longer phrases first.</summary>
    public static readonly ChairRole[] ChairRoles =
    [
        new("1:e vice ordförande", "1:e vice ordförande"),
        new("förste vice ordförande", "1:e vice ordförande"),
        new("första vice ordförande", "1:e vice ordförande"),
        new("1:e v\\.? ?ordf\\.?", "1:e vice ordförande"),
        new("1:e vice ordf\\.?", "1:e vice ordförande"),
        new("2:e vice ordförande", "2:e vice ordförande"),
        new("andre vice ordförande", "2:e vice ordförande"),
        new("andra vice ordförande", "2:e vice ordförande"),
        new("2:e v\\.? ?ordf\\.?", "2:e vice ordförande"),
        new("2:e vice ordf\\.?", "2:e vice ordförande"),
        new("vice ordförande", "vice ordförande"),
        new("vice ordf\\.?", "vice ordförande"),
        new("v\\.? ?ordf\\.?", "vice ordförande"),
        new("ordförande", "ordförande"),
        new("ordf\\.?", "ordförande"),
        new("ålderspresident", "ålderspresident"),
    ];

    /// <summary>A word every chair role above holds: a text without one names none, and the pattern need not run.</summary>
    public static readonly string[] ChairAnchors = ["ordf", "ålderspresident"];

    /// <summary>A present ersättare who does not serve, said after the name: "Rune Wik (m), ej tjg ersättare".</summary>
    public static readonly string[] NotServing =
    [
        "ej tjg\\.? ers(ättare|\\.)?",
        "ej tjänstgörande( ersättare)?",
        "icke tjänstgörande( ersättare)?",
        "inte tjänstgörande( ersättare)?",
        "ersättare",
    ];

    /// <summary>How a title of an official ends: tells "Kommunchef Gunilla Berg" (title first) from a three-word name.</summary>
    public static readonly string[] TitleEndings =
    [
        "chef", "direktör", "sekreterare", "ordförande", "strateg", "handläggare", "samordnare", "controller", "ekonom",
        "jurist", "utredare", "planerare", "konsulent", "inspektör", "tekniker", "läkare", "assistent", "administratör",
        "revisor", "specialist", "ansvarig", "rådgivare", "kommunikatör", "arkitekt", "ingenjör", "registrator",
        "notarie", "sköterska", "pedagog", "rektor", "föredragande", "tjänsteman", "tjänsteperson", "analytiker",
        // A politician's title before the name in the minutes' prose: "Landstingsrådet Bo Ranta", "Ordföranden Malin Ek".
        "rådet", "ordföranden",
    ];

    /// <summary>The column heads of an attendance table ("Ledamöter  Parti  Närvarande  Tjänstgörande  Anmärkning").</summary>
    public static readonly GridWord[] GridWords =
    [
        new("närvarande", GridColumn.Present),
        new("närvaro", GridColumn.Present),
        new("närv", GridColumn.Present),
        new("tjänstgörande", GridColumn.Serving),
        new("tjänstgör", GridColumn.Serving),
        new("tjg", GridColumn.Serving),
        new("beslutande", GridColumn.Serving),
        new("frånvarande", GridColumn.Absent),
        new("frånvaro", GridColumn.Absent),
        new("parti", GridColumn.Other),
        new("anmärkning", GridColumn.Other),
        new("kommentar", GridColumn.Other),
        new("notering", GridColumn.Other),
        new("ersätter", GridColumn.Other),
        new("ledamöter", GridColumn.Other),
        new("ledamot", GridColumn.Other),
        new("ersättare", GridColumn.Other),
        new("namn", GridColumn.Other),
        new("anm", GridColumn.Other),
        new("reservation", GridColumn.Other),
        new("anteckningar", GridColumn.Other),
        new("omröstning", GridColumn.Other),
        new("ej", GridColumn.Other),
        new("icke", GridColumn.Other),
    ];

    /// <summary>A column head that starts with one of these ("Ej tjg") ticks those present who did not serve.</summary>
    public static readonly string[] Negations = ["ej", "icke"];

    /// <summary>The column heads that name the list a table holds: "Parti  Ledamot  Tjg" and "Parti  Ersättare  Tjg".</summary>
    public static readonly (string Word, HeadField List)[] GridLists =
    [
        ("ledamot", HeadField.Serving),
        ("ledamöter", HeadField.Serving),
        ("ersättare", HeadField.Substitutes),
    ];

    /// <summary>A tick in an attendance table; a dash or an empty cell is no tick.</summary>
    public static readonly string[] Ticks = ["x", "×", "✓", "✔", "ja", "1"];

    public static readonly string[] Blanks = ["-", "–", "—", "nej"];

    /// <summary>Party names written out as a sub-heading of a list grouped by party, and the letters the register keeps.</summary>
    public static readonly (string Name, string Letters)[] Parties =
    [
        ("socialdemokraterna", "S"),
        ("arbetarepartiet-socialdemokraterna", "S"),
        ("moderaterna", "M"),
        ("moderata samlingspartiet", "M"),
        ("centerpartiet", "C"),
        ("vänsterpartiet", "V"),
        ("liberalerna", "L"),
        ("folkpartiet", "FP"),
        ("folkpartiet liberalerna", "FP"),
        ("kristdemokraterna", "KD"),
        ("miljöpartiet", "MP"),
        ("miljöpartiet de gröna", "MP"),
        ("sverigedemokraterna", "SD"),
    ];

    /// <summary>A line that sends the reader to a list elsewhere: "Enligt bifogad närvarolista", "Se bilaga 1".</summary>
    public static readonly string[] ListElsewhere = ["enligt", "se", "bilaga", "närvarolista", "framgår av"];

    static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    static readonly Regex ChairRolePattern = new(@"(?<![\p{L}\d:])(?:" + string.Join("|", ChairRoles.Select((r, i) => $"(?<r{i}>{Phrases.Pattern(r.Phrase)})")) + @")(?![\p{L}])", Options);

    static readonly Regex NotServingPattern = new(@"^(?:" + Phrases.AnyOf(NotServing) + @")$", Options);

    static readonly Regex ElsewherePattern = new(@"^(?:" + Phrases.AnyOf(ListElsewhere) + @")(?![\p{L}])", Options);

    static readonly Dictionary<string, GridColumn> GridByWord = GridWords.ToDictionary(w => w.Word, w => w.Column, StringComparer.OrdinalIgnoreCase);

    static readonly Dictionary<string, string> PartyByName = Parties.ToDictionary(p => Phrases.Key(p.Name), p => p.Letters);

    /// <summary>The chair role the text names, as the register keeps it; null when it names none.</summary>
    public static string? ChairRoleIn(string text)
    {
        if (!ChairAnchors.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase))) return null;
        var m = ChairRolePattern.Match(text);
        if (!m.Success) return null;
        for (var i = 0; i < ChairRoles.Length; i++)
            if (m.Groups[$"r{i}"].Success) return ChairRoles[i].Role;
        return null;
    }

    public static bool SaysNotServing(string text) => NotServingPattern.IsMatch(text.Trim(' ', ',', '(', ')', '.', '\t'));

    public static bool SendsElsewhere(string text) => ElsewherePattern.IsMatch(text);

    public static bool IsTitle(string word)
    {
        var w = word.TrimEnd('.', ',', ':');
        foreach (var ending in TitleEndings)
            if (w.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && w.Length >= ending.Length) return true;
        return false;
    }

    public static GridColumn? GridColumnOf(string word) => GridByWord.TryGetValue(word.Trim(' ', ':', '.', '/'), out var column) ? column : null;

    /// <summary>What a tick under a column head means: its last word's, unless its first word negates it ("Ej tjg").</summary>
    public static GridColumn ColumnOfHead(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && Negations.Contains(words[0], StringComparer.OrdinalIgnoreCase) ? GridColumn.Present : GridColumnOf(words[^1]) ?? GridColumn.Other;
    }

    /// <summary>The list a table's column heads name, if any.</summary>
    public static HeadField? ListOfHead(string cell) =>
        GridLists.FirstOrDefault(l => l.Word.Equals(cell.Trim(' ', ':', '.'), StringComparison.OrdinalIgnoreCase)) is { Word: not null } found ? found.List : null;

    public static bool IsTick(string cell) => Ticks.Contains(cell.Trim(), StringComparer.OrdinalIgnoreCase);

    public static bool IsBlank(string cell) => Blanks.Contains(cell.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>"Socialdemokraterna", "(S)", "KD:": the party a sub-heading names; null when the line is no party.</summary>
    public static string? PartyHeading(string line)
    {
        // The longest party name is short; a longer line is no heading.
        if (line.Length > 40) return null;
        var text = line.Trim().TrimEnd(':').Trim();
        if (PartyByName.TryGetValue(Phrases.Key(text), out var letters)) return letters;
        var m = PartyLetters().Match(text);
        return m.Success ? m.Groups["party"].Value : null;
    }

    /// <summary>The letters the register keeps for a party written as a part of a list of its own ("Bo Ek, s, ordförande").</summary>
    public static string? PartyAlone(string part)
    {
        var text = part.Trim();
        return text.Length is > 0 and <= 2 && Parties.Any(p => p.Letters.Equals(text, StringComparison.OrdinalIgnoreCase)) ? text.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^\(?(?<party>\p{Lu}{1,4}|s|m|c|v|l|fp|kd|mp|sd)\)?$")]
    internal static partial Regex PartyLetters();
}
