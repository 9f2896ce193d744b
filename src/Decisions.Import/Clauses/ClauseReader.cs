using System.Text.RegularExpressions;

namespace Decisions.Import;

/// <summary>
/// What one text of a § decides or proposes: its clauses, the assignments in them, and who speaks. <see cref="Actor"/>
/// is the body that decides or is proposed to, carried to the next clause of the same section ("Kommunstyrelsen
/// föreslår att fullmäktige beslutar" / "att …"); <see cref="AddressedBody"/> is the first body proposed to.
/// </summary>
internal sealed record ClauseResult(
    IReadOnlyList<DecisionPreview> Decisions, IReadOnlyList<ProposalPreview> Proposals, IReadOnlyList<AssignmentPreview> Assignments,
    IReadOnlyList<ParseWarning> Warnings, string? Actor, string? AddressedBody);

/// <summary>Where a clause is read: the kind of document, and the date relative dues count from.</summary>
internal readonly record struct ClauseContext(DocumentKind Kind, DateOnly? Reference);

/// <summary>
/// Reads decisions from the text of a §: "att"-clauses, numbered and bulleted lists, "X beslutar att …, samt att …",
/// sentences the minutes record as done ("Informationen noteras"), and "… föreslår att regionstyrelsen …".
/// </summary>
internal static partial class ClauseReader
{
    [GeneratedRegex(@"^(?:att\s|\d{1,2}[.)]\s|[-•–*·]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-•–*·])\s+")]
    private static partial Regex ListMarker();

    // "Kommunfullmäktige beslutar att …": the subject comes first and holds no clause of its own.
    [GeneratedRegex(@"^(?<subject>(?:(?!\batt\b)[^.;]){0,150}?)\b(?:beslutar|beslöt)\b\s*(?:att\b\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decides();

    [GeneratedRegex(@"\b(?:(?:och|samt)\s+)?föreslår\s+(?:att\s+)?(?<to>" + SwedishText.BodyPattern + @")\s*(?<decide>(?:att\s+)?besluta(?:r)?\b\s*)?(?<att>att\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProposesTo();

    [GeneratedRegex(@",?\s+samt\s+att\s+|;\s*(?:samt\s+)?att\s+|,\s+och\s+att\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"(?:[,;]\s*(?:samt|och)?|\s+samt)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex("^" + SwedishText.BodyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBodyName();

    static readonly Regex DoneAtTheMeeting = new(Phrases.AnyOf(DecisionPhrasings.DoneAtTheMeeting),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex KindWords = new(string.Join("|", DecisionPhrasings.Kinds.Select(k => k.Kind).Distinct()
            .Select(kind => $"(?<{kind}>" + Phrases.AnyOf(DecisionPhrasings.Kinds.Where(k => k.Kind == kind).Select(k => k.Phrase)) + ")")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    static readonly EnumGroups<DecisionKind> Kinds = new(KindWords);

    static readonly ClauseResult Nothing = new([], [], [], [], null, null);

    /// <summary>A line that starts a clause of its own: "att …", "1. …", "- …".</summary>
    public static bool StartsClause(string line) => ClauseStart().IsMatch(line);

    /// <summary>A sentence of the minutes' own record (no "Beslut" heading): a decision only if it says so.</summary>
    public static ClauseResult Sentence(string sentence, int line, string? actor, ClauseContext context)
    {
        if (MayDecide(sentence) && (Decides().IsMatch(sentence) || ProposesTo().IsMatch(sentence)))
            return Clauses(sentence, line, proposals: false, actor, context);
        var decisions = DoneAtTheMeeting.IsMatch(sentence) ? [new DecisionPreview(sentence.TrimEnd(), KindOf(sentence), line)] : Array.Empty<DecisionPreview>();
        var assignment = AssignmentReader.Read(sentence, line, context.Reference);
        if (decisions.Length == 0 && assignment.Assignment is null) return Nothing with { Actor = actor };
        return new ClauseResult(decisions, [], assignment.Assignment is { } a ? [a] : [], assignment.Warning is { } w ? [w] : [], actor, null);
    }

    /// <summary>
    /// A unit under "Beslut" or "Förslag till beslut": a clause when it starts like one, opens the section, or says
    /// "beslutar"/"föreslår"; other text under the heading (an explanation) is no clause. Null when it is none.
    /// </summary>
    public static ClauseResult? Listed(string unit, bool firstInSection, int line, bool proposals, string? actor, ClauseContext context)
    {
        var text = ListMarker().Replace(unit, "");
        var isClause = ClauseStart().IsMatch(unit) || firstInSection
                       || MayDecide(text) && (Decides().IsMatch(text) || ProposesTo().IsMatch(text));
        return isClause ? Clauses(text, line, proposals, actor, context) : null;
    }

    /// <summary>
    /// "Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att regionstyrelsen
    /// fortsätter …": the part before "föreslår" is the body's own decision, the rest a proposal to the named body.
    /// </summary>
    static ClauseResult Clauses(string text, int line, bool proposals, string? actor, ClauseContext context)
    {
        var result = new Accumulator(actor);
        var proposesTo = ProposesTo().Match(text);
        var own = proposesTo.Success ? text[..proposesTo.Index] : text;
        var decides = Decides().Match(own);
        if (decides.Success)
        {
            var subject = decides.Groups["subject"].Value;
            if (SwedishText.SpecificBody(subject) is { } body) result.Actor = body;
            own = own[(decides.Index + decides.Length)..];
        }
        else if (proposesTo.Success)
        {
            own = "";
        }
        else if (LeadingBodyName().Match(own) is { Success: true } named && SwedishText.IsSpecificBody(named.Value))
        {
            result.Actor = SwedishText.Capitalise(named.Value);
        }
        result.Add(own, line, proposals, proposals ? result.Actor : null, context);

        if (!proposesTo.Success) return result.ToResult();
        var to = proposesTo.Groups["to"].Value;
        var rest = text[(proposesTo.Index + proposesTo.Length)..];
        var addressed = SwedishText.IsSpecificBody(to) || context.Kind != DocumentKind.OfficialReport ? SwedishText.Capitalise(to) : null;
        if (rest.Trim().Length == 0)
        {
            // "… föreslår att kommunstyrelsen beslutar" introduces the clauses that follow.
            result.Actor = addressed;
            result.AddressedBody ??= addressed;
            return result.ToResult();
        }
        var ownWords = proposesTo.Groups["att"].Success || proposesTo.Groups["decide"].Success;
        result.Add(ownWords ? rest : to + " " + rest, line, proposals: true, addressed, context);
        return result.ToResult();
    }

    sealed class Accumulator(string? actor)
    {
        readonly List<DecisionPreview> _decisions = [];
        readonly List<ProposalPreview> _proposals = [];
        readonly List<AssignmentPreview> _assignments = [];
        readonly List<ParseWarning> _warnings = [];
        public string? Actor = actor;
        public string? AddressedBody;

        public void Add(string text, int line, bool proposals, string? to, ClauseContext context)
        {
            foreach (var part in ClauseSplit().Split(text))
            {
                var clause = TrailingJoin().Replace(StripAtt(part.Trim()), "").Trim();
                if (clause.Length == 0) continue;
                var read = AssignmentReader.Read(clause, line, context.Reference);
                if (read.Warning is { } warning) _warnings.Add(warning);
                if (proposals)
                {
                    AddressedBody ??= to;
                    _proposals.Add(new ProposalPreview(clause, to, read.Assignment is { } a ? [a] : [], line));
                }
                else
                {
                    _decisions.Add(new DecisionPreview(clause, KindOf(clause), line));
                    if (read.Assignment is { } a) _assignments.Add(a);
                }
            }
        }

        public ClauseResult ToResult() => new(_decisions, _proposals, _assignments, _warnings, Actor, AddressedBody);
    }

    /// <summary>A cheap test before the bounded-lookahead patterns: both need "beslut…" or "föreslår".</summary>
    static bool MayDecide(string text) =>
        text.Contains("besl", StringComparison.OrdinalIgnoreCase) || text.Contains("föreslår", StringComparison.OrdinalIgnoreCase);

    public static string StripAtt(string clause) =>
        clause.StartsWith("att ", StringComparison.OrdinalIgnoreCase) ? clause[4..].TrimStart() : clause;

    static DecisionKind KindOf(string clause)
    {
        var m = KindWords.Match(clause);
        return m.Success ? Kinds.Of(m) ?? DecisionKind.Decision : DecisionKind.Decision;
    }
}
