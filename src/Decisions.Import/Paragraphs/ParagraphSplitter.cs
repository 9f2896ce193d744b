using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// Cuts a document's lines into its head and one draft per §: "§ 54 Title", "KS § 136", "§ 63/20". A contents
/// list (ärendelista) names the §§ before they start; a heading repeated at the top of a page continues its §. A
/// report, or minutes without a single heading, is one undivided draft. The head reader takes the lines that are
/// head facts wherever they stand (the anslag block often ends the minutes).
/// </summary>
internal static class ParagraphSplitter
{
    public static List<ParagraphDraft> Split(List<SourceLine> lines, DocumentKind kind, HeadReader head, List<ParseWarning> warnings)
    {
        var drafts = new List<ParagraphDraft>();
        var seen = new HashSet<string>();
        ParagraphDraft? current = null;
        var headings = lines.Select(l => kind == DocumentKind.OfficialReport ? null : Heading(l)).ToList();
        var divided = headings.Any(h => h is not null);
        if (!divided)
        {
            var first = lines.FirstOrDefault(l => l.Text.Length > 0);
            current = new ParagraphDraft(null, null, null, first.Number, first.Page);
            drafts.Add(current);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (headings[i] is { } heading)
            {
                var number = heading.Groups["num"].Value.Replace(" ", "");
                var (title, caseNumber, labelEnds) = CaseNumberLines.OfTitle(heading.Groups["title"].Value.Trim());
                // A contents entry ("§ 14 Budget ....... 3") names a § that starts further down.
                if (SwedishText.TocLeader().IsMatch(title))
                {
                    if (head.InContents) head.IsContentsEntry(number);
                    continue;
                }
                if (head.InContents && head.IsContentsEntry(number)) continue;
                // "Ks § 213  Ks § 178  Au § 266": the case's earlier §§ on the heading line are history, and so is one of
                // them written again in the text ("Ks § 178" above what that § decided).
                if (current is not null && CitedOnHeading(current, number))
                {
                    current.Lines.Add(line);
                    continue;
                }
                head.EndContents();
                if (current?.Number == number) continue; // the heading repeated at the top of a new page
                if (!seen.Add(number))
                {
                    // A contents list without a label ("Förteckning över nämndens ärenden") named the § before it starts:
                    // its entry holds a title and no sentence, and gives way to the § itself.
                    if (drafts.FindIndex(d => d.Number == number) is var entry and >= 0 && IsContentsEntry(drafts[entry])) drafts.RemoveAt(entry);
                    else warnings.Add(new(line.Number, $"§ {number} förekommer en andra gång"));
                }
                var above = i > 0 ? CaseNumberLines.Alone(lines[i - 1].Text) : null;
                // "Dnr BUN 2019/0140" just above "BUN § 85" belongs to the § below, not to the one it ends.
                if (above is not null && current?.Lines.Count > 0 && current.Lines[^1].Number == lines[i - 1].Number) current.Lines.RemoveAt(current.Lines.Count - 1);
                current = new ParagraphDraft(number, heading.Groups["prefix"].Success ? heading.Groups["prefix"].Value : null,
                    title.Length == 0 ? null : title, line.Number, line.Page) { CaseNumber = caseNumber ?? above, CaseNumberFollows = labelEnds, HeadingText = line.Text };
                drafts.Add(current);
                head.ContentStarted = head.InParagraph = true;
                continue;
            }
            if (!divided && !head.ContentStarted && line.Text.Length > 0 && (line.IsHeading || SectionHeadings.Of(line.Text) is not null))
                head.ContentStarted = true;
            if (head.Read(line)) continue;
            current?.Lines.Add(line);
        }
        return drafts;
    }

    static bool IsContentsEntry(ParagraphDraft draft) =>
        draft.Lines.Count(l => l.Text.Length > 0) <= 4 && !draft.Lines.Any(l => l.Text.TrimEnd().EndsWith('.'));

    static bool CitedOnHeading(ParagraphDraft current, string number)
    {
        var text = current.HeadingText;
        if (text is null || number == current.Number) return false;
        // Each "§" after the heading's own, followed by the number and no further digit.
        for (var sign = text.IndexOf('§'); (sign = text.IndexOf('§', sign + 1)) >= 0;)
        {
            var at = sign + 1;
            while (at < text.Length && text[at] == ' ') at++;
            if (string.CompareOrdinal(text, at, number, 0, number.Length) == 0
                && (at + number.Length == text.Length || !char.IsDigit(text[at + number.Length]))) return true;
        }
        return false;
    }

    static Match? Heading(SourceLine line)
    {
        // Every heading holds a "§" and few other lines do: looking for one is far cheaper than the pattern.
        if (!line.Text.Contains('§')) return null;
        var m = SwedishText.ParagraphHeading().Match(line.Text);
        return m.Success ? m : null;
    }
}
