namespace Decisions.Import;

/// <summary>Where the assignee stands: before the words ("Regiondirektören får i uppdrag att") or in them ("ge {who} i uppdrag att").</summary>
internal enum AssigneeAt { Before, Named }

internal sealed record AssignmentPhrasing(string Phrase, AssigneeAt Assignee);

/// <summary>
/// How a clause gives someone a task, one line per shape (see <see cref="Phrases"/>); {who} is the assignee.
/// Only the present tense: "gav X i uppdrag" recounts an earlier decision.
/// </summary>
internal static class AssignmentPhrasings
{
    public static readonly AssignmentPhrasing[] All =
    [
        new("får (i )?uppdrag(et)? att", AssigneeAt.Before),
        new("ges (i )?uppdrag(et)? att", AssigneeAt.Before),
        new("uppdras att", AssigneeAt.Before),
        // The task starts with the verb: "Förvaltningen ska återkomma med …", "IT-chefen lovar att återkomma med …".
        new("ska(?= (återkomma|återrapportera)\\b)", AssigneeAt.Before),
        new("(lovar|lovade|utlovar)( att)?(?= (återkomma|återrapportera|redovisa|ta fram)\\b)", AssigneeAt.Before),
        new(@"(ge|ger|ges) (?!i\s|ett\s){who} (ett |i )?uppdrag(et)? att", AssigneeAt.Named),
        new("uppdra(r)? ((åt|till) )?{who} att", AssigneeAt.Named),
    ];

    static readonly Dictionary<string, string> Slots = new() { ["who"] = "(?<who>.{1,120}?)" };

    /// <summary>
    /// One pattern for all lines, in the table's order; the phrasings with the assignee before the words form the
    /// group "before", and the task starts where the match ends.
    /// </summary>
    /// <summary>Dues the task keeps in its words ("årligen redovisa …"): they say how, not only when.</summary>
    public static readonly DueKind[] KeptInTask = [DueKind.Recurring];

    public static string Pattern() =>
        "(?<before>" + Alternatives(AssigneeAt.Before) + ")|" + Alternatives(AssigneeAt.Named);

    static string Alternatives(AssigneeAt at) =>
        string.Join("|", All.Where(p => p.Assignee == at).Select(p => @"\b" + Phrases.Pattern(p.Phrase, Slots) + @"\s+"));
}
