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

/// <summary>
/// A line that introduces the clauses below it: "Kommunstyrelsen beslutar:", "För egen del beslutar arbetsutskottet",
/// "Kommunstyrelsen föreslår kommunfullmäktige besluta" (then they are proposals to <see cref="Actor"/>).
/// </summary>
/// <see cref="ForItself"/>: "för egen del", the body's own decision even among proposals to another.
/// <see cref="Heading"/>: "… förslag till X", a heading of its own, never a proposal recounted in running text.
internal readonly record struct ClauseIntro(bool Proposes, string? Actor, bool ForItself = false, bool Heading = false);

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

    // "… med stöd av 9 kap. 30 § plan- och bygglagen" is one sentence: only a capital letter starts the next.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBeforeCapital();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-•–*·])\s+")]
    private static partial Regex ListMarker();

    // "Kommunfullmäktige beslutar att …": the subject comes first and holds no clause of its own.
    [GeneratedRegex(@"^(?<subject>(?:(?!\batt\b)[^.;]){0,150}?)\b(?:beslutar|beslöt)\b\s*(?:att\b\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decides();

    // "föreslår kommunfullmäktige", "att föreslå medlemskommunernas fullmäktige att anta …".
    [GeneratedRegex(@"\b(?:(?:och|samt)\s+)?föreslå(?:r)?\s+(?:att\s+)?(?<to>(?:\w+s\s+(?=fullmäktige))?" + SwedishText.BodyPattern + @")\s*(?<decide>(?:att\s+)?besluta(?:r)?\b\s*)?(?<att>att\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProposesTo();

    [GeneratedRegex(@",?\s+samt\s+att\s+|;\s*(?:samt\s+)?att\s+|,\s+och\s+att\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"(?:[,;]\s*(?:samt|och)?|\s+samt)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex("^" + SwedishText.BodyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBodyName();

    // "Kommunstyrelsen beslutar:", "KOMMUNSTYRELSEN BESLUTAR", "För egen del beslutar arbetsutskottet att", "Fullmäktige
    // beslutade enligt landstingsstyrelsens förslag" (whose proposal it follows says nothing more).
    [GeneratedRegex(@"^(?<own>för\s+egen\s+del\s+)?(?<subject>[^.:;]{0,80}?)\s*\b(?:beslutar|beslöt|beslutade)(?:\s+enligt\s+[^.:;]{2,60}?s\s+förslag)?(?:\s+(?<after>[^.:;\s]+(?:\s+[^.:;\s]+)?))??(?<own>\s+för\s+egen\s+del)?(?:\s+(?:följande|att))?\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DecidesIntro();

    // "Arbetsutskottets förslag till regionstyrelsen", "Förslag till kommunfullmäktige".
    [GeneratedRegex(@"^(?:[\w\-. ]{2,60}?s\s+)?förslag\s+till\s+(?<to>(?:\w+s\s+(?=fullmäktige))?" + SwedishText.BodyPattern + @")\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProposalTo();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?(?:\w+s\s+(?=fullmäktige))?" + SwedishText.BodyPattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyAlone();

    // "Regionstyrelsen beslutar föreslå regionfullmäktige": the body decides to propose.
    [GeneratedRegex(@"\s+beslutar(?:\s+att)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecidesToPropose();

    static readonly Regex PassiveVerb = new(@"\b(?:" + Phrases.AnyOf(DecisionPhrasings.DecidedPassive) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex BodyVerb = new(@"^(?:\p{L}+\s+)?" + SwedishText.BodyPattern + @"\s+(?:" + Phrases.AnyOf(DecisionPhrasings.DecidedByBody) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly HashSet<string> NotDecidedBefore = new(DecisionPhrasings.NotDecidedBefore, StringComparer.OrdinalIgnoreCase);

    static readonly Regex DoneAtTheMeeting = new(Phrases.AnyOf(DecisionPhrasings.DoneAtTheMeeting),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex KindWords = new(string.Join("|", DecisionPhrasings.Kinds.Select(k => k.Kind).Distinct()
            .Select(kind => $"(?<{kind}>" + Phrases.AnyOf(DecisionPhrasings.Kinds.Where(k => k.Kind == kind).Select(k => k.Phrase)) + ")")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    static readonly EnumGroups<DecisionKind> Kinds = new(KindWords);

    static readonly Regex ComesBack = new(@"\b(?:" + Phrases.AnyOf(DecisionPhrasings.ComesBackAfterSentBack) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly ClauseResult Nothing = new([], [], [], [], null, null);

    // "Tekniska kontoret får i uppdrag" / "att sätta upp …": the line ends where the task's "att" must follow; so does
    // one that ends in a preposition ("redovisa en plan för" / "att minska kostnaderna").
    static readonly Regex EndsBeforeAtt = new(@"\b(?:" + string.Join("|", DecisionPhrasings.WaitForAtt) + @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Text cut where its "att" must follow: a next line "att …" goes on with it rather than starting a clause.</summary>
    public static bool WantsAtt(System.Text.StringBuilder text) =>
        text.Length > 0 && char.IsLetter(text[^1]) && EndsBeforeAtt.IsMatch(text.ToString(Math.Max(0, text.Length - 20), Math.Min(20, text.Length)));

    /// <summary>A line that starts a clause of its own: "att …", "1. …", "- …".</summary>
    public static bool StartsClause(string line) => ClauseStart().IsMatch(line);

    /// <summary>A sentence of the minutes' own record (no "Beslut" heading): a decision only if it says so.</summary>
    public static ClauseResult Sentence(string sentence, int line, string? actor, ClauseContext context)
    {
        if (MayDecide(sentence) && (Decides().IsMatch(sentence) || ProposesTo().IsMatch(sentence)))
            return Clauses(sentence, line, proposals: false, actor, context);
        var decisions = Decided(sentence) ? [new DecisionPreview(sentence.TrimEnd(), KindOf(sentence), line)] : Array.Empty<DecisionPreview>();
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
        var listed = ClauseStart().IsMatch(unit);
        var isClause = listed || firstInSection || Decided(text)
                       || MayDecide(text) && (Decides().IsMatch(text) || ProposesTo().IsMatch(text));
        if (!isClause) return null;
        if (listed) return Clauses(text, line, proposals, actor, context);
        // "Medborgarförslaget bifalls. Tekniska kontoret får i uppdrag att …": each decided sentence is a clause.
        var result = new Accumulator(actor);
        foreach (var sentence in SentenceBeforeCapital().Split(text)) Clauses(sentence, line, proposals, context, result);
        return result.ToResult();
    }

    /// <summary>A whole line that introduces the clauses below it; null for any other.</summary>
    public static ClauseIntro? Intro(string unit)
    {
        if (unit.Length > 160) return null;
        var text = unit.TrimEnd(' ', ':');
        if (ProposalToWords.In(text) && ProposalTo().Match(text) is { Success: true } to)
            return new ClauseIntro(true, SwedishText.Capitalise(to.Groups["to"].Value), Heading: true);
        if (!MayDecide(text)) return null;
        var proposes = ProposesTo().Match(text);
        if (proposes.Success && proposes.Index + proposes.Length >= text.Length)
            return IsBodyOrNone(DecidesToPropose().Replace(text[..proposes.Index], "")) ? new ClauseIntro(true, SwedishText.Capitalise(proposes.Groups["to"].Value)) : null;
        var decides = DecidesIntro().Match(text);
        if (!decides.Success) return null;
        var after = decides.Groups["after"];
        if (after.Success && !IsBodyOrNone(after.Value) || !IsBodyOrNone(decides.Groups["subject"].Value)) return null;
        return new ClauseIntro(false, SwedishText.SpecificBody(decides.Groups["subject"].Value + " " + after.Value), decides.Groups["own"].Success);
    }

    /// <summary>Nothing, or a body's name alone ("Kommunstyrelsen", "Tekniska nämnden"): a wrapped line of prose is neither.</summary>
    static bool IsBodyOrNone(string text)
    {
        text = text.Trim();
        return text.Length == 0 || BodyAlone().IsMatch(text);
    }

    /// <summary>
    /// A sentence that records a decision without "beslutar": a body and its verb first ("Nämnden godkänner …"), or
    /// what is decided and a passive verb ("Dagordningen fastställs", "Anna Berg (M) utses att justera"), with no
    /// word before the verb that makes it someone's motion or a subordinate clause.
    /// </summary>
    public static bool Decided(string sentence)
    {
        if (BodyVerb.IsMatch(sentence)) return true;
        var m = PassiveVerb.Match(sentence);
        if (!m.Success) m = DoneAtTheMeeting.Match(sentence);
        if (!m.Success) return false;
        var words = sentence[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 8 && !words.Any(w => NotDecidedBefore.Contains(w.Trim(',', '(', ')')));
    }

    /// <summary>
    /// "Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att regionstyrelsen
    /// fortsätter …": the part before "föreslår" is the body's own decision, the rest a proposal to the named body.
    /// </summary>
    static ClauseResult Clauses(string text, int line, bool proposals, string? actor, ClauseContext context)
    {
        var result = new Accumulator(actor);
        Clauses(text, line, proposals, context, result);
        return result.ToResult();
    }

    static void Clauses(string text, int line, bool proposals, ClauseContext context, Accumulator result)
    {
        var proposesTo = ProposesTo().Match(text);
        // Among proposals, "att föreslå regionfullmäktige att …" is what the other body is asked to do, not a split.
        if (proposals && proposesTo.Success && !proposesTo.Value.Contains("föreslår", StringComparison.OrdinalIgnoreCase)) proposesTo = Match.Empty;
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

        if (!proposesTo.Success) return;
        var to = proposesTo.Groups["to"].Value;
        var rest = text[(proposesTo.Index + proposesTo.Length)..];
        var addressed = SwedishText.IsSpecificBody(to) || context.Kind != DocumentKind.OfficialReport ? SwedishText.Capitalise(to) : null;
        if (rest.Trim().Length == 0)
        {
            // "… föreslår att kommunstyrelsen beslutar" introduces the clauses that follow.
            result.Actor = addressed;
            result.AddressedBody ??= addressed;
            return;
        }
        var ownWords = proposesTo.Groups["att"].Success || proposesTo.Groups["decide"].Success;
        result.Add(ownWords ? rest : to + " " + rest, line, proposals: true, addressed, context);
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
                if (!clause.Any(char.IsLetter)) continue;
                var read = AssignmentReader.Read(clause, line, context.Reference);
                if (read.Warning is { } warning) _warnings.Add(warning);
                if (proposals)
                {
                    AddressedBody ??= to;
                    _proposals.Add(new ProposalPreview(clause, to, read.Assignment is { } a ? [a] : [], line));
                }
                else
                {
                    var kind = KindOf(clause);
                    // "Ärendet återremitteras … Kommunstyrelsen ska återkomma …": when to come back is part of sending it back.
                    if (kind == DecisionKind.Decision && _decisions.Count > 0 && _decisions[^1].Kind == DecisionKind.SentBack && ComesBack.IsMatch(clause))
                        kind = DecisionKind.SentBack;
                    _decisions.Add(new DecisionPreview(clause, kind, line));
                    if (read.Assignment is { } a) _assignments.Add(a);
                }
            }
        }

        public ClauseResult ToResult() => new(_decisions, _proposals, _assignments, _warnings, Actor, AddressedBody);
    }

    /// <summary>A cheap test before the bounded-lookahead patterns: both need "beslut…" or "föreslår".</summary>
    static bool MayDecide(string text) =>
        text.Contains("besl", StringComparison.OrdinalIgnoreCase) || Proposes.In(text);

    static readonly CaselessWord Proposes = new("föreslår");

    static readonly CaselessWord ProposalToWords = new("förslag till");

    public static string StripAtt(string clause) =>
        clause.StartsWith("att ", StringComparison.OrdinalIgnoreCase) ? clause[4..].TrimStart() : clause;

    static DecisionKind KindOf(string clause)
    {
        var m = KindWords.Match(clause);
        return m.Success ? Kinds.Of(m) ?? DecisionKind.Decision : DecisionKind.Decision;
    }
}
