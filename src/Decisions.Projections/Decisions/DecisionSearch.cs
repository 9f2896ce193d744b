using Decisions.Bodies;
using Decisions.Assignments;
using Decisions.Events;
using Decisions.History;
using Decisions.Shared;
using Marten;

namespace Decisions.Decisions;

public sealed record DecisionFilter(
    string? Body = null, string? Case = null, string? Person = null, DateOnly? From = null, DateOnly? To = null, string? Q = null,
    int Page = 1, int PageSize = 20);

/// <summary>A § as the public audit shows it.</summary>
public sealed record DecisionHit(
    string Id, BodyRef Body, DateOnly MeetingDate, int Paragraph, string Title, string? CaseNumber, DecisionKind Kind,
    IReadOnlyList<string> Clauses, IReadOnlyList<Participant> Served, IReadOnlyList<Vote> Votes, IReadOnlyList<Reservation> Reservations,
    IReadOnlyList<string> Disqualified, IReadOnlyList<Motion> Motions, IReadOnlyList<string> Notes,
    DateTimeOffset RecordedAt, string? RecordedBy, IReadOnlyList<LogEntryRef> Corrections, Provenance? Source);

/// <param name="Total">Exact up to <see cref="DecisionSearch.CountedUpTo"/>; beyond it, <paramref name="MoreThanTotal"/> says there are more.</param>
public sealed record DecisionPage(int Page, int PageSize, long Total, bool MoreThanTotal, IReadOnlyList<DecisionHit> Hits);

/// <summary>One person's part in a §: as a member in their own seat, or as an ersättare serving for someone.</summary>
public sealed record Participation(string DecisionId, BodyRef Body, DateOnly MeetingDate, int Paragraph, string Title, string? Party, string? ServedFor);

/// <summary>The audit: what <see cref="Secrecy"/> hides (the public's view unless told otherwise) never appears.</summary>
public static class DecisionSearch
{
    /// <summary>
    /// Counting every match of a common word means re-reading each matched row (a million-event register has
    /// thousands of decisions on "ekonomi"); a reader needs the first page and whether there are more than this.
    /// </summary>
    public const int CountedUpTo = 1000;

    public static async Task<DecisionPage> RunAsync(IQuerySession session, DecisionFilter filter, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var query = Visible(session, secrecy);
        if (filter.Body is { } body)
        {
            var bodyId = StreamIds.Body(body);
            query = query.Where(x => x.BodyId == bodyId);
        }
        if (filter.Case is { } caseNumber)
        {
            var normalised = StreamIds.Case(caseNumber);
            query = query.Where(x => x.CaseId == normalised);
        }
        if (filter.Person is { } person) query = query.Where(x => x.ParticipantNames.Contains(person));
        if (filter.From is { } from) query = query.Where(x => x.MeetingDate >= from);
        if (filter.To is { } to) query = query.Where(x => x.MeetingDate <= to);
        if (filter.Q is { } q) query = query.Where(x => x.WebStyleSearch(q, FullText.Swedish));
        // A search for the words of a confidential assignment must not find the public decision that gave it, nor count it.
        if (filter.Q is not null && secrecy.Assignments.Count > 0)
        {
            var revealing = await RevealingAsync(session, query, secrecy, filter.Q, ct);
            if (revealing.Count > 0) query = query.Where(x => !x.Id.IsOneOf(revealing.ToArray()));
        }

        var counted = (await query.Select(x => x.Id).Take(CountedUpTo + 1).ToListAsync(ct)).Count;
        // A page far beyond the last (page=2147483647) is empty, not an overflow.
        var skip = (long)(filter.Page - 1) * filter.PageSize;
        IReadOnlyList<DecisionRecord> page = skip >= counted && counted <= CountedUpTo ? []
            : await query.OrderByDescending(x => x.MeetingDate).ThenBy(x => x.Id).Skip((int)Math.Min(skip, int.MaxValue)).Take(filter.PageSize).ToListAsync(ct);
        var bodies = await BodyDirectory.LoadAsync(session, page.Select(x => x.BodyId), ct);
        return new DecisionPage(filter.Page, filter.PageSize, Math.Min(counted, CountedUpTo), counted > CountedUpTo, [.. page.Select(r => Hit(r, bodies, secrecy))]);
    }

    public static async Task<IReadOnlyList<Participation>> ParticipationAsync(IQuerySession session, string person, CancellationToken ct, Secrecy? secrecy = null)
    {
        var records = await Visible(session, secrecy ?? await Secrecy.PublicAsync(session, ct))
            .Where(x => x.ParticipantNames.Contains(person))
            .OrderBy(x => x.MeetingDate).ThenBy(x => x.Id)
            .ToListAsync(ct);
        var bodies = await BodyDirectory.LoadAsync(session, records.Select(x => x.BodyId), ct);
        return [.. records.SelectMany(r => r.Details.Participants.Where(p => p.Name == person).Select(p =>
            new Participation(r.Id, bodies.Ref(r.BodyId), r.MeetingDate, r.Details.Paragraph, r.Details.Title, p.Party, p.ServesFor)))];
    }

    public static async Task<IReadOnlyList<DecisionHit>> InMeetingAsync(IQuerySession session, string meetingId, CancellationToken ct, Secrecy? secrecy = null)
    {
        secrecy ??= await Secrecy.PublicAsync(session, ct);
        var records = await Visible(session, secrecy).Where(x => x.MeetingId == meetingId).ToListAsync(ct);
        var bodies = await BodyDirectory.LoadAsync(session, records.Select(x => x.BodyId), ct);
        return [.. records.OrderBy(r => r.Details.Paragraph).Select(r => Hit(r, bodies, secrecy))];
    }

    static IQueryable<DecisionRecord> Visible(IQuerySession session, Secrecy secrecy) =>
        secrecy.ShowsConfidential ? session.Query<DecisionRecord>() : session.Query<DecisionRecord>().Where(x => !x.Confidential);

    /// <summary>The matches that a confidential clause may have made: those that no longer match once it is left out.</summary>
    static async Task<IReadOnlyList<string>> RevealingAsync(IQuerySession session, IQueryable<DecisionRecord> matches, Secrecy secrecy, string q, CancellationToken ct)
    {
        var candidates = (await matches.Select(x => x.Id).ToListAsync(ct))
            .Where(id => secrecy.Assignments.Any(a => a.StartsWith(id + "/", StringComparison.Ordinal))).ToList();
        var revealing = new List<string>();
        foreach (var record in candidates.Count == 0 ? [] : await matches.Where(x => x.Id.IsOneOf(candidates.ToArray())).ToListAsync(ct))
        {
            var publicText = DecisionRecord.SearchTextOf(secrecy.Details(record.Id, record.Details));
            if (!await FullText.MatchesAsync(session, publicText, q, ct)) revealing.Add(record.Id);
        }
        return revealing;
    }

    static DecisionHit Hit(DecisionRecord r, BodyDirectory bodies, Secrecy secrecy) => new(
        r.Id, bodies.Ref(r.BodyId), r.MeetingDate, r.Details.Paragraph, r.Details.Title, r.Details.CaseNumber, r.Details.Kind,
        secrecy.Clauses(r.Id, r.Details.Clauses), r.Details.Participants, r.Details.Votes, r.Details.Reservations, r.Details.Disqualified,
        r.Details.Motions, r.Details.Notes, r.RecordedAt, r.RecordedBy, r.Corrections, r.Source);
}
