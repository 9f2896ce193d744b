using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>An assignment read from a clause, or a warning that one is given but to whom could not be read.</summary>
internal readonly record struct AssignmentRead(AssignmentPreview? Assignment, ParseWarning? Warning);

/// <summary>Reads who is given what task, due when, from one clause (<see cref="AssignmentPhrasings"/>, <see cref="DueReader"/>).</summary>
internal static partial class AssignmentReader
{
    // "kommunlednings- kontoret": a word hyphenated at a line break, joined again.
    [GeneratedRegex(@"(?<=\p{Ll})-\s+(?!och\b|eller\b|samt\b|till\b)(?=\p{Ll})")]
    private static partial Regex LineBreakHyphen();

    static readonly Regex Words = new(AssignmentPhrasings.Pattern(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    public static AssignmentRead Read(string clause, int line, DateOnly? reference)
    {
        var m = Words.Match(clause);
        if (!m.Success) return default;
        var assignee = m.Groups["before"].Success ? AssigneeBefore(clause[..m.Index]) : m.Groups["who"].Value.Trim(' ', ',');
        var taskStart = m.Index + m.Length;
        var task = clause[taskStart..];
        var due = DueReader.Read(clause, reference);
        if (due is { } d && d.Index >= taskStart && clause[taskStart..d.Index].Trim().Length == 0 && !AssignmentPhrasings.KeptInTask.Contains(d.Due.Kind))
            task = clause[(d.Index + d.Length)..];
        task = task.Trim().TrimEnd('.', ',', ';', ' ');
        if (assignee is not null) assignee = LineBreakHyphen().Replace(assignee, "");
        if (task.Length == 0) return default;
        ParseWarning? warning = null;
        if (assignee is null || assignee.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            warning = new ParseWarning(line, "ett uppdrag ges men till vem gick inte att läsa");
            assignee = null;
        }
        return new(new AssignmentPreview(assignee, task, due?.Due ?? DuePreview.None, line), warning);
    }

    static readonly string[] AssigneeBoundaries = [". ", "; ", ": ", ", ", " att ", " samt ", " dels "];

    /// <summary>"… och att kommundirektören får i uppdrag": the assignee is what follows the last clause boundary.</summary>
    static string? AssigneeBefore(string prefix)
    {
        var cut = ClauseReader.StripAtt(prefix).Length < prefix.Length ? 4 : 0;
        foreach (var boundary in AssigneeBoundaries)
        {
            var at = prefix.LastIndexOf(boundary, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) cut = Math.Max(cut, at + boundary.Length);
        }
        var assignee = prefix[cut..].Trim(' ', ',');
        // "Licenskostnaderna har ökat mer än beräknat och IT-chefen lovar …": a clause before "och" is no part of the
        // assignee; "kommundirektören och ekonomichefen" stay together.
        var and = assignee.LastIndexOf(" och ", StringComparison.OrdinalIgnoreCase);
        if (and > 0 && assignee[..and].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3) assignee = assignee[(and + 5)..].Trim();
        return assignee.Length == 0 ? null : assignee;
    }
}
