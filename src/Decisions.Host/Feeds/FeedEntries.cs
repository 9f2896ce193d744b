using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Shared;
using Decisions.Web;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Decisions.Feeds;

/// <summary>
/// A feed's entries, newest first: the decisions and assignments in its scope as they were recorded (read from the event
/// log, so each entry is one event and its id that event's place in its stream), the report-backs on those assignments,
/// and the days they fell overdue (from each assignment's overdue periods). Titles and texts come from the read models
/// as they stand now, corrections applied; what <see cref="Secrecy"/> hides from the public never appears.
/// </summary>
public static class FeedEntries
{
    /// <summary>A feed is what is new; a reader that wants everything asks the register.</summary>
    public const int Limit = 50;

    /// <param name="decisions">The decisions in the feed's scope (confidential ones are left out here if not before).</param>
    /// <param name="assignments">The assignments in the feed's scope, as a query still to run.</param>
    public static async Task<IReadOnlyList<FeedEntry>> BuildAsync(
        IQuerySession session, IReadOnlyCollection<string> decisions, IQueryable<AssignmentHistory> assignments, Secrecy secrecy, DateOnly today, CancellationToken ct)
    {
        var visible = assignments.Where(x => !x.Confidential);
        var assignmentIds = await visible.Select(x => x.Id).ToListAsync(ct);
        string[] streams = [.. decisions.Where(d => !secrecy.HidesDecision(d)), .. assignmentIds];
        // Some of the newest may turn out hidden (a report given at a confidential meeting §), so a few more are read.
        var events = streams.Length == 0 ? [] : await session.Events.QueryAllRawEvents()
            .Where(e => streams.Contains(e.StreamKey) && e.EventTypesAre(typeof(DecisionTaken), typeof(AssignmentGiven), typeof(ReportBackReceived)))
            .OrderByDescending(e => e.Sequence).Take(Limit * 2).ToListAsync(ct);

        // Overdue is not an event but the passing of a day, so it is read from the assignments' periods. Those overdue
        // now, or most lately, come first: an assignment overdue years ago and long since reported adds nothing new.
        var overdue = await visible.Where(x => x.OverdueFrom != null && x.OverdueFrom <= today)
            .OrderByDescending(x => x.OverdueUntil).ThenByDescending(x => x.OverdueFrom).Take(Limit).ToListAsync(ct);

        var decisionIds = events.Where(e => e.Data is DecisionTaken).Select(e => e.StreamKey!).Distinct().ToArray();
        var records = (await session.LoadManyAsync<DecisionRecord>(ct, decisionIds)).ToDictionary(r => r.Id);
        var historyIds = events.Where(e => e.Data is not DecisionTaken).Select(e => e.StreamKey!).Except(overdue.Select(h => h.Id)).Distinct().ToArray();
        var histories = overdue.Concat(await session.LoadManyAsync<AssignmentHistory>(ct, historyIds))
            .Where(h => !secrecy.HidesAssignment(h)).Select(h => secrecy.History(h.Read())).ToDictionary(h => h.Id);
        var bodies = await BodyDirectory.LoadAsync(session,
            records.Values.Select(r => r.BodyId).Concat(histories.Values.Select(h => h.GivingBodyId)), ct);

        IEnumerable<FeedEntry?> fromEvents = events.Select(e => e.Data switch
        {
            DecisionTaken when records.GetValueOrDefault(e.StreamKey!) is { Confidential: false } r => Decision(e, r, bodies, secrecy),
            AssignmentGiven when histories.GetValueOrDefault(e.StreamKey!) is { } h => Given(e, h.State, bodies),
            ReportBackReceived report when !secrecy.HidesDecision(report.Report.At) && histories.GetValueOrDefault(e.StreamKey!) is { } h => Reported(e, report.Report, h.State),
            _ => null,
        });
        var fromPeriods = overdue.Select(h => histories.GetValueOrDefault(h.Id)).OfType<AssignmentStory>().SelectMany(h => Overdue(h, today));
        return [.. fromEvents.OfType<FeedEntry>().Concat(fromPeriods)
            .OrderByDescending(e => e.Updated).ThenByDescending(e => e.Published).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(Limit)];
    }

    static string Key(IEvent e) => $"{e.StreamKey}#{e.Version}";

    static FeedEntry Decision(IEvent e, DecisionRecord r, BodyDirectory bodies, Secrecy secrecy)
    {
        var clauses = secrecy.Clauses(r.Id, r.Details.Clauses);
        return new(Key(e), FeedKind.Decision,
            $"Beslut: {bodies.Ref(r.BodyId).Name} {Parts.Iso(r.MeetingDate)} § {r.Details.Paragraph} {r.Details.Title}",
            string.Join("\n", [$"{Parts.KindName(r.Details.Kind)}{(r.Details.CaseNumber is { } c ? $" i ärende {c}" : "")}.", .. clauses]),
            Parts.ParagraphUrl(r.BodyId, r.MeetingDate, r.Details.Paragraph), r.MeetingDate, LogEntry.AsStored(e));
    }

    static FeedEntry Given(IEvent e, AssignmentState a, BodyDirectory bodies) => new(Key(e), FeedKind.Assignment,
        $"Nytt uppdrag till {a.Assignee}: {a.Task}",
        $"{bodies.Ref(a.Given.GivingBodyId).Name} gav uppdraget {Parts.Iso(a.Given.OccurredOn)}. Förfaller: {Due(a)}.",
        Parts.AssignmentUrl(a.Id), a.Given.OccurredOn, LogEntry.AsStored(e));

    static FeedEntry Reported(IEvent e, ReportBack report, AssignmentState a) => new(Key(e), FeedKind.ReportBack,
        $"{(report.Completeness == ReportCompleteness.Complete ? "Återrapportering" : "Delrapport")} från {a.Assignee}: {report.Summary}",
        $"Uppdraget: {a.Task}.",
        Parts.AssignmentUrl(a.Id), report.On, LogEntry.AsStored(e));

    /// <summary>
    /// One entry for each day the assignment fell overdue: a run of periods that follow one another (a partial report
    /// changes how it stands, not that it is overdue) is one. The register learnt of it on that day, or when it recorded
    /// the facts that made it so, if that was later.
    /// </summary>
    static IEnumerable<FeedEntry> Overdue(AssignmentStory h, DateOnly today) =>
        h.Overdue.Where((p, i) => p.From <= today && (i == 0 || h.Overdue[i - 1].Until != p.From)).Select(p => new FeedEntry(
            $"{h.Id}#försenat-{Parts.Iso(p.From)}", FeedKind.Overdue,
            $"Försenat uppdrag för {p.State.Assignee}: {p.State.Task}",
            $"Förföll {Due(p.State)} utan slutlig återrapportering; försenat från {Parts.Iso(p.From)}.",
            Parts.AssignmentUrl(h.Id), p.From, Later(StartOf(p.From), h.Entries.Where(e => e.On <= p.From || e.Kind == nameof(AssignmentCorrected)).Select(e => e.RecordedAt).DefaultIfEmpty().Max())));

    static string Due(AssignmentState a) => a.Due.Effective is { } due && a.Due.Text != Parts.Iso(due) ? $"{a.Due.Text} ({Parts.Iso(due)})" : a.Due.Text;

    /// <summary>The day begins at midnight in Sweden, where the register's facts happen.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Parts.Stockholm.GetUtcOffset(midnight));
    }

    static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
