using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Decisions.History;
using Decisions.OParl;
using Decisions.Shared;
using Marten;
using Weasel.Postgresql.Tables;

namespace Decisions;

/// <summary>The Marten setup that the host, the tests and the benchmarks share.</summary>
public static class DecisionsStore
{
    public const string Schema = "decisions";

    /// <summary>The days an assignment was overdue, as one range from its first to its last: a query names it as the index does.</summary>
    public const string OverdueDaysSql = "daterange(overdue_from, overdue_until)";

    /// <summary>
    /// How the daemon replays a projection when it is rebuilt; live writes are inline and never read this. The
    /// daemon keeps each aggregate in memory until 50,000 of them are dirty and then writes each once, where it
    /// would otherwise load and upsert an aggregate again on every page of 500 events it has an event on: that
    /// is what made the long-lived documents (an assignment's history, a case) the slowest to rebuild. The cap,
    /// not the size of the log, bounds the memory a rebuild takes. Measured in docs/BENCHMARKS.md.
    /// </summary>
    static void RebuildWritingEachAggregateOnce(AsyncOptions rebuild) => rebuild.RebuildFlushThreshold = 50_000;

    public static void Configure(StoreOptions opts, string connectionString)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = Schema;

        // Stream ids come from the world's keys (body + date + paragraph, case numbers), so importing the same
        // documents in any order lands on the same streams.
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        // A command loads its stream's state for writing; the inline projection of that state starts from the same
        // object instead of loading it again (the states are immutable records, so nothing can have changed it).
        opts.Events.UseIdentityMapForAggregates = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;

        // Each aggregate's current state, kept in the same transaction as its events: commands read it to
        // decide, and the simple lists (a meeting, an assignment) read it directly.
        opts.Projections.Add(new StateProjection<BodyState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new StateProjection<MeetingState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new StateProjection<CaseState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new StateProjection<DecisionState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new StateProjection<AssignmentState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new StateProjection<CitationsState>(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);

        // The read models are inline too: each is a cheap update of one document per event, and a reader
        // (or the importer checking its work) must see a fact the moment its command returns.
        opts.Projections.Add(new DecisionRecordProjection(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new AssignmentHistoryProjection(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        opts.Projections.Add(new CaseStreamsProjection(), ProjectionLifecycle.Inline, RebuildWritingEachAggregateOnce);
        // The OParl index is async: a client syncs by modified_since, so nothing needs it at commit, and inline it cost
        // every command a look-up of the stream's first event and up to four upserts (docs/BENCHMARKS.md). Content and
        // sekretess are read from the inline models when a page is served, so a lag shows an object late, never a secret.
        opts.Projections.Add(new OParlIndexProjection(), ProjectionLifecycle.Async, RebuildWritingEachAggregateOnce);

        // What the audit filters on and what other lists take from a decision are columns: they decompress no JSON.
        opts.Schema.For<DecisionRecord>()
            .Duplicate(x => x.BodyId).Duplicate(x => x.MeetingId).Duplicate(x => x.MeetingDate).Duplicate(x => x.CaseId!)
            .Duplicate(x => x.Details.Paragraph).Duplicate(x => x.Confidential)
            .Index(x => x.ParticipantNames, i => i.Method = IndexMethod.gin)
            // Swedish stemming, so "kostnadsminskning" finds "kostnadsminskningar"; queries name the same configuration.
            .FullTextIndex(i => i.RegConfig = FullText.Swedish, x => x.SearchText);
        // Likewise the assignments' filters; "overdue on day D" is a GiST index over each assignment's overdue days,
        // bounded by its first and last.
        opts.Schema.For<AssignmentHistory>()
            .Duplicate(x => x.GivingBodyId).Duplicate(x => x.CaseId!).Duplicate(x => x.Assignee).Duplicate(x => x.Status).Duplicate(x => x.GivenOn)
            .Duplicate(x => x.Confidential)
            .Duplicate(x => x.OverdueFrom!, notNull: false).Duplicate(x => x.OverdueUntil!, notNull: false)
            .Index(x => x.OverdueFrom!, i =>
            {
                i.Name = "mt_doc_assignmenthistory_idx_overdue_days";
                i.Method = IndexMethod.gist;
                i.Mask = OverdueDaysSql.Replace("overdue_from", "?");
                i.Predicate = "overdue_from is not null";
            });
        // An OParl list is one kind, filtered by when its objects were created or modified and paged in id order.
        opts.Schema.For<OParlEntry>()
            .Duplicate(x => x.Kind).Duplicate(x => x.Parent!, notNull: false).Duplicate(x => x.Created).Duplicate(x => x.Modified).Duplicate(x => x.Deleted);
    }
}
