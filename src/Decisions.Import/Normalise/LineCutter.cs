using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Cuts a flattened document (a PDF whose text layer lost its line ends: one long line a page) back into the lines
/// the readers expect: head labels, § headings, sub-headings, Dnr, "att"-clauses and list items start a line of
/// their own, and page furniture stands alone so that <see cref="PageFurniture"/> can remove it. Documents that
/// kept their lines are left as they are, long paragraphs of prose and all.
/// </summary>
internal static partial class LineCutter
{
    /// <summary>Flattened: most of the text stands in lines longer than any line a layout keeps.</summary>
    const int LongLine = 300;
    const double FlattenedShare = 0.6;

    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    // "§ 54", "KS § 136", "Ks § 212", "§ 63/20": where a paragraph starts.
    [GeneratedRegex(@"(?<![\p{L}\d§])(?:(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,2})\s+)?§(?!§)\s*\d{1,4}(?:\s*/\s*\d{2,4})?(?![\d§/])")]
    private static partial Regex ParagraphHeading();

    // A head label, a sub-heading or Dnr starts a line only when written with a capital, as a label is, and never
    // inside a word.
    static readonly Regex Label = new(@"(?<=^|\s)(?:" + HeadLabels.Pattern + @")(?=\s|:|$)", Options);

    static readonly Regex Heading = new(@"(?<=^|\s)(?:" + SectionHeadings.InLine + @")(?=\s*:|\s+(?:(?-i:\p{Lu})|\d|att\b|[-•])|\s*$)", Options);

    // After its label any number is a case number ("Dnr 2005/021-042"), as on a line of its own; a title that ran into
    // the label ("…transportinfrastrukturDnr 2004/399-510") is cut there too.
    static readonly Regex CaseNumber = new(@"(?<=^|\s|(?-i:\p{Ll}))\(?(?-i:Dnr|DNR|Diarienummer)\.?:?\s*(?:" + SwedishText.CasePattern + "|" + CaseNumberLines.Value + @")\)?", Options);

    static readonly Regex Furniture = new(@"(?<=^|\s)(?:" + PageFurniture.Pattern + @")(?=\s|$)", Options);

    // "… i anspråk. Fullmäktige beslutar att tillföra …": the body deciding stands on a line of its own, as it does where
    // the lines were kept, so that what follows is read as the decision.
    [GeneratedRegex(@"(?<=\s)\p{Lu}\p{L}*(?:-?\s+och\s+\p{Ll}\p{L}*)?(?:fullmäktige|nämnden|styrelsen|utskottet|beredningen|direktionen)\s+beslutar(?=\s*:|\s+att\s)")]
    private static partial Regex BodyDecides();

    // "REGION ÄLVSLÄTTEN Folkhälsoberedningen PROTOKOLL fört vid sammanträde …": the kind in capitals heads the page.
    [GeneratedRegex(@"(?<=^|\s)(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL)(?=\s|$)")]
    private static partial Regex KindInCapitals();

    // "…, att uppdra åt …", "; att …", "… beslutar: 1. Godkänna …", "• …", "- §5 Information": where a clause or list
    // item starts.
    [GeneratedRegex(@"(?<=[,;:]\s+(?:(?:samt|och)\s+)?)att\s|(?<=[.:;,]\s+)\d{1,2}[.)]\s+(?=\p{L})|(?<=\s)[•·]\s|(?<=\s)-\s+(?=§\s*\d)")]
    private static partial Regex ClauseStart();

    public static List<SourceLine> Cut(List<SourceLine> lines)
    {
        if (!IsFlattened(lines)) return lines;
        var result = new List<SourceLine>(lines.Count * 8);
        var inHead = true;
        var titleDue = false; // a § heading (and its Dnr) stood alone: the next part, perhaps on the next page, opens with the title
        foreach (var line in lines)
        {
            var cuts = new SortedSet<int>();
            var headings = new Dictionary<int, int>(); // where a § heading starts, and where its number ends
            var caseNumbers = new HashSet<int>();
            var lastHeading = -1;
            foreach (Match m in ParagraphHeading().Matches(line.Text))
            {
                // "Ks § 213  Ks § 178  Au § 266": the case's earlier §§ beside the heading stay on its line, as history.
                if (lastHeading >= 0 && line.Text.AsSpan(headings[lastHeading], m.Index - headings[lastHeading]).IsWhiteSpace())
                {
                    headings[lastHeading] = m.Index + m.Length;
                    continue;
                }
                if (StartsParagraph(line.Text, m))
                {
                    cuts.Add(m.Index);
                    headings[m.Index] = m.Index + m.Length;
                    lastHeading = m.Index;
                    inHead = false;
                }
            }
            var firstParagraph = cuts.Count > 0 ? cuts.Min : int.MaxValue;
            foreach (Match m in Label.Matches(line.Text))
                // One word ("Tid", "Plats") is a label only in the head; a longer one ("Datum för anslags uppsättande") anywhere.
                if ((inHead || m.Index < firstParagraph || m.Value.Contains(' ')) && char.IsUpper(line.Text[m.Index])) cuts.Add(m.Index);
            foreach (Match m in Heading.Matches(line.Text))
                // "§ 5 Information - Faktabaserad styrning": a sub-heading's word that opens a § title is the title's.
                if (char.IsUpper(line.Text[m.Index]) && !headings.Values.Any(end => end <= m.Index && line.Text.AsSpan(end, m.Index - end).IsWhiteSpace()))
                    Isolate(cuts, m, line.Text);
            foreach (Match m in CaseNumber.Matches(line.Text))
            {
                Isolate(cuts, m, line.Text);
                caseNumbers.Add(m.Index);
            }
            foreach (Match m in Furniture.Matches(line.Text)) Isolate(cuts, m, line.Text);
            foreach (Match m in KindInCapitals().Matches(line.Text))
                if (inHead || m.Index < firstParagraph) Isolate(cuts, m, line.Text);
            foreach (Match m in ClauseStart().Matches(line.Text)) cuts.Add(m.Index);
            foreach (Match m in BodyDecides().Matches(line.Text)) Isolate(cuts, m, line.Text);

            var start = 0;
            foreach (var cut in cuts.Append(line.Text.Length))
            {
                var part = line.Text[start..cut];
                List<string> parts;
                // Another cut inside the heading's number (a label's word) leaves it as it was.
                if (headings.TryGetValue(start, out var numberEnd) && numberEnd <= cut)
                {
                    var (number, title) = (part[..(numberEnd - start)].Trim(), part[(numberEnd - start)..].Trim());
                    titleDue = title.Length == 0;
                    parts = TitleAndText(title);
                    if (CaseNumberLines.LeadingLength(title) > 0) parts.Insert(0, number);
                    else parts[0] = (number + " " + parts[0]).Trim();
                }
                else if (caseNumbers.Contains(start)) parts = [part];
                else if (titleDue)
                {
                    titleDue = false;
                    parts = TitleAndText(part.Trim());
                }
                else parts = [part];
                foreach (var text in parts)
                    if (text.Trim() is var trimmed && (trimmed.Length > 0 || text.Length == 0 && parts.Count > 1))
                        result.Add(line with { Text = trimmed, IsHeading = false });
                start = cut;
            }
            // A page ends the unit of text it closes, as a blank line does; not a heading whose title begins the next page.
            if (!titleDue) result.Add(line with { Text = "", IsHeading = false });
        }
        return result;
    }

    /// <summary>Words after which a capital starts a name in the title ("Information från Valmyndigheten"), not the text.</summary>
    static readonly HashSet<string> BeforeName = new(StringComparer.OrdinalIgnoreCase)
    {
        "av", "från", "i", "om", "för", "vid", "med", "till", "på", "över", "under", "längs", "mellan", "inom", "hos",
        "mot", "efter", "kring", "genom", "åt", "enligt", "och", "samt", "eller", "ur", "utanför", "inför",
    };

    /// <summary>A title has no more words than this; a longer run before the first sentence's end is not cut.</summary>
    const int TitleWords = 15;

    /// <summary>
    /// A flattened page runs a § title into the text below it ("Kurser och konferenser Inbjudningarna läggs till
    /// handlingarna."). A title stops where the first sentence starts: a capital after a word in lower case or a number.
    /// A capital is a name in the title instead after a preposition or a comma ("Information från Valmyndigheten",
    /// "Ansökan om tilläggsbelopp, Friskolan Bågen"), before a number ("fastigheten Stenvreta 4:17"), or in an
    /// abbreviation ("ny IT-plattform"); where no sentence ends, a capital before a word in lower case ("… Nämnden
    /// beslutar") starts the text, and a run of names ends the title ("Detaljplan för kvarteret Eken").
    /// </summary>
    static List<string> TitleAndText(string text)
    {
        // A case number before the title stands on a line of its own, as it would above the title.
        if (CaseNumberLines.LeadingLength(text) is > 0 and var length)
            return [text[..length], .. TitleAndText(text[length..].Trim())];
        var sentenceEnd = text.Length;
        for (var i = 1; i < text.Length; i++)
            if (text[i] == '.' && char.IsLetter(text[i - 1]) && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                sentenceEnd = i;
                break;
            }
        var words = text[..sentenceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length && k <= TitleWords; k++)
        {
            var (previous, word) = (words[k - 1], words[k]);
            var nextLower = k + 1 < words.Length && char.IsLower(words[k + 1][0]);
            // "Anmälan av delegationsbeslut SOCIALNÄMNDEN BESLUTAR att …": a heading in capitals after a title that is not.
            if (k + 1 < words.Length && IsCapitalsWord(word) && IsCapitalsWord(words[k + 1]) && words[..k].Any(w => w.Any(char.IsLower)))
                return Parted(text, words, k);
            if (!char.IsUpper(word[0]) || word.Length > 1 && char.IsUpper(word[1])) continue;
            // "Informationsärenden Johan Sparre informerar …", "Meddelanden Inkomna skrivelser redovisas": a title of one word.
            var oneWordTitle = k == 1 && previous.Length >= 6 && previous.All(char.IsLetter) && (nextLower || NameThenVerb(words, k));
            // "Ekonomisk uppföljning (SN 2014/12) Socialchef Tord Ahlin redovisar …": the case number ends the title.
            var afterCaseNumber = previous[^1] == ')' && previous.Any(char.IsDigit);
            if (!(char.IsDigit(previous[^1]) || char.IsLower(previous[0]) && !BeforeName.Contains(previous) || oneWordTitle || afterCaseNumber)) continue;
            if (k + 1 < words.Length && char.IsDigit(words[k + 1][0])) continue;
            // Without a sentence's end, only a capital that a word in lower case follows starts one ("… Nämnden beslutar").
            if (sentenceEnd == text.Length && !nextLower) continue;
            return Parted(text, words, k);
        }
        return [TrimTitle(text)];
    }

    /// <summary>"Bertil Hjort utsågs …": two or three capitalised words from <paramref name="k"/>, then a word in lower case.</summary>
    static bool NameThenVerb(string[] words, int k)
    {
        var end = k;
        while (end < words.Length && end - k < 3 && char.IsUpper(words[end][0]) && words[end].Skip(1).All(char.IsLower)) end++;
        return end - k >= 2 && end < words.Length && char.IsLower(words[end][0]);
    }

    static bool IsCapitalsWord(string word) => word.Length >= 4 && word.All(c => char.IsLetter(c) && char.IsUpper(c));

    /// <summary>The title (the first <paramref name="k"/> words), a blank line, and the text from the word after it.</summary>
    static List<string> Parted(string text, string[] words, int k)
    {
        var position = 0;
        for (var j = 0; j < k; j++) position = text.IndexOf(words[j], position, StringComparison.Ordinal) + words[j].Length;
        position = text.IndexOf(words[k], position, StringComparison.Ordinal);
        // The title stood on a line of its own above a blank one: the text below must not join it.
        return [TrimTitle(text[..position]), "", text[position..]];
    }

    /// <summary>A title never ends in the dash or comma that stood before its case number.</summary>
    static string TrimTitle(string title) => title.TrimEnd(' ', ',', '–', '-');

    static bool IsFlattened(List<SourceLine> lines)
    {
        long all = 0, inLong = 0;
        foreach (var line in lines)
        {
            all += line.Text.Length;
            if (line.Text.Length > LongLine) inLong += line.Text.Length;
        }
        return all > 0 && inLong >= FlattenedShare * all;
    }

    /// <summary>
    /// "… protokollet. § 8 Upphandling …" starts a paragraph; "enligt § 8", "(KS 2024/12), § 8" and "§ 8 i
    /// kommunallagen" cite one. A heading follows a sentence's end, a number (a page, a date) or a name, and its
    /// title starts with a capital.
    /// </summary>
    static bool StartsParagraph(string text, Match heading)
    {
        var after = heading.Index + heading.Length;
        while (after < text.Length && text[after] is ' ' or '.' or ':' or '–' or '-') after++;
        if (after < text.Length && !char.IsUpper(text[after]) && !char.IsDigit(text[after])) return false;
        var before = text.AsSpan(0, heading.Index).TrimEnd();
        if (before.Length == 0) return true;
        var last = before[^1];
        // After a sentence's end, a number, or the rule or dotted line that ends the § before.
        if (last is '.' or ':' or ';' or '!' or '?' or ')' or '_' or '…' or '*' || char.IsDigit(last)) return true;
        var space = before.LastIndexOf(' ');
        var token = before[(space + 1)..];
        if (last == ',') return false;
        // After a word in lower case only where no word cites it ("enligt § 8", "i § 12"): a title without its full stop
        // ("… aktuellt läge § 4 Protokollsjustering").
        // Not between an official's title and the next person of a list: "administrativ enhetschef §5 Jonas Claesson, …".
        return char.IsUpper(token[0]) || char.IsLower(token[0]) && !Citing.Contains(token.ToString())
            && !(AttendanceWords.IsTitle(token.ToString()) && PersonAndTitle().IsMatch(text.AsSpan(heading.Index + heading.Length)));
    }

    // "Jonas Claesson, hälso- och sjukvårdsdirektör": a name of two words and the comma before a title.
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'-]+,")]
    private static partial Regex PersonAndTitle();

    /// <summary>Words before a § that cite it rather than end the text before its heading.</summary>
    static readonly HashSet<string> Citing = new(StringComparer.OrdinalIgnoreCase)
    {
        "enligt", "i", "se", "jfr", "jämför", "av", "under", "till", "med", "från", "om", "kap", "kap.", "och", "samt", "eller",
        "vid", "paragraf", "beslut", "protokoll", "protokollet", "protokollets", "mot", "på", "för", "genom", "ur", "t.o.m.",
        "tom", "fr.o.m.", "ersätter", "upphäver", "ändras", "gäller", "lag", "lagen", "förordningen", "balken", "nämndens",
        "styrelsens", "fullmäktiges", "utskottets", "kommunallagen", "miljöbalken", "socialtjänstlagen", "lydelse",
    };

    /// <summary>A heading, a Dnr or a piece of furniture stands on a line of its own.</summary>
    static void Isolate(SortedSet<int> cuts, Match m, string text)
    {
        cuts.Add(m.Index);
        var end = m.Index + m.Length;
        while (end < text.Length && text[end] == ':') end++;
        cuts.Add(end);
    }
}
