namespace Decisions.Cases;

public sealed record FiledDocument(string DocumentId, DocumentDetails Details);

/// <param name="Title">The paragraph's title; null in events recorded before decisions carried it.</param>
public sealed record CaseDecision(string DecisionId, string BodyId, int Paragraph, DateOnly MeetingDate, string? Title = null);

/// <summary>
/// Documents and decisions are kept in the order they happened, not the order they reached the register. A case
/// comes into being with the first fact about it, whichever arrives first: an opening (a person names the case), a
/// document filed in it, or a decision taken in it.
/// </summary>
/// <param name="Title">
/// The title a person gave it when opening it; otherwise that of its earliest document or decision (by business date,
/// then §, then id), so documents imported in any order give the same title. See <see cref="Without"/> for sekretess.
/// </param>
/// <param name="OpenedOn">The earliest of its opening and its facts: no day lists a decision of a case not yet there.</param>
public sealed partial record CaseState(
    string Id, string CaseNumber, string? Title, DateOnly OpenedOn, IReadOnlyList<FiledDocument> Documents, IReadOnlyList<CaseDecision> Decisions,
    string? GivenTitle = null, DateOnly? GivenOpenedOn = null)
{
    public static CaseState Start(CaseOpened e) => new CaseState(e.CaseId, e.CaseNumber, null, e.OccurredOn, [], []).Evolve(e);

    public static CaseState Start(DocumentFiled e) => new CaseState(e.CaseId, e.CaseId, null, e.OccurredOn, [], []).Evolve(e);

    public static CaseState Start(DecisionRecordedInCase e) => new CaseState(e.CaseId, e.CaseId, null, e.OccurredOn, [], []).Evolve(e);

    public CaseState Evolve(CaseOpened e) => Derived(this with { CaseNumber = e.CaseNumber, GivenTitle = e.Title, GivenOpenedOn = e.OccurredOn });

    public CaseState Evolve(DocumentFiled e) => Derived(this with { Documents = [.. Documents.Append(new FiledDocument(e.DocumentId, e.Document)).OrderBy(d => d.Details.Date).ThenBy(d => d.DocumentId, StringComparer.Ordinal)] });

    public CaseState Evolve(DecisionRecordedInCase e) => Derived(this with
    {
        Decisions = [.. Decisions.Append(new CaseDecision(e.DecisionId, e.BodyId, e.Paragraph, e.OccurredOn, e.Title)).OrderBy(d => d.MeetingDate).ThenBy(d => d.DecisionId, StringComparer.Ordinal)],
    });

    /// <summary>
    /// How the case stood on a business date, without a replay: each event of a case's stream leaves its own date in
    /// the state (the opening, a document's date, a decision's meeting date) and none is a correction, so the case on
    /// a day is this one without what came later, and before its first fact there was none.
    /// </summary>
    public CaseState? On(DateOnly day) => OpenedOn > day
        ? null
        : Derived(this with
        {
            Documents = [.. Documents.Where(d => d.Details.Date <= day)], Decisions = [.. Decisions.Where(d => d.MeetingDate <= day)],
            GivenOpenedOn = GivenOpenedOn <= day ? GivenOpenedOn : null, GivenTitle = GivenOpenedOn <= day ? GivenTitle : null,
        });

    /// <summary>The case with <paramref name="decisions"/> as the decisions taken in it, from which its title and first day may come.</summary>
    public CaseState WithDecisions(IEnumerable<CaseDecision> decisions) =>
        Derived(this with { Decisions = [.. decisions.OrderBy(d => d.MeetingDate).ThenBy(d => d.DecisionId, StringComparer.Ordinal)] });

    /// <summary>
    /// The case as a view may show it when <paramref name="hidden"/> decisions are under sekretess: they are gone, and so
    /// is everything they told (the title and the first day they may have given it). Null when nothing else is left.
    /// </summary>
    public CaseState? Without(IReadOnlySet<string> hidden)
    {
        if (!Decisions.Any(d => hidden.Contains(d.DecisionId))) return this;
        var left = Derived(this with { Decisions = [.. Decisions.Where(d => !hidden.Contains(d.DecisionId))] });
        return left.GivenTitle is not null || left.Documents.Count > 0 || left.Decisions.Count > 0 ? left : null;
    }

    static CaseState Derived(CaseState s)
    {
        var earliest = s.Documents.Select(d => (d.Details.Date, Paragraph: 0, Id: d.DocumentId, Title: (string?)d.Details.Title))
            .Concat(s.Decisions.Select(d => (Date: d.MeetingDate, d.Paragraph, Id: d.DecisionId, d.Title)))
            .OrderBy(x => x.Date).ThenBy(x => x.Paragraph).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        var firstDay = earliest.Count > 0 ? earliest[0].Date : (DateOnly?)null;
        return s with
        {
            Title = s.GivenTitle ?? earliest.Select(x => x.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
            OpenedOn = new[] { s.GivenOpenedOn, firstDay }.Where(d => d is not null).Min() ?? s.OpenedOn,
        };
    }
}
