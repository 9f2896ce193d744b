using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Shared;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using JasperFx.Descriptors;
using Marten;
using Marten.Subscriptions;

namespace Decisions.National;

/// <summary>
/// Brings one organisation's public decisions or assignments into the national model. The daemon runs a feed once per
/// organisation database (with several nodes, on whichever node Wolverine's leader gives it), hands it the pages of
/// the events it asked for, and keeps its progress in that database. The national model is in another database, so
/// the two commits cannot be one: the feed keeps its own progress beside what it writes (<see cref="NationalFeedProgress"/>)
/// and skips what it has already taken in. What it writes is read from the organisation's read models as they stand
/// (inline, so at least as new as the page) through the public's <see cref="Secrecy"/>: a confidential item is never
/// written, and one marked confidential later is deleted.
/// </summary>
public abstract class NationalFeed : SubscriptionBase
{
    readonly NationalStore national;

    protected NationalFeed(NationalStore national, string name, IEnumerable<Type> eventTypes)
    {
        this.national = national;
        Name = name;
        foreach (var type in eventTypes) IncludeType(type);
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        var organisation = OrganisationOf(operations);
        var id = $"{Name}/{organisation}";
        await national.EnsureSchemaAsync(ct);
        await using var session = national.Store.LightweightSession();
        await session.BeginTransactionAsync(ct);
        // Only a node that has not noticed it was declared dead could run the same feed at once; it waits here and then skips.
        await session.AdvancedSql.QueryAsync<int>("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", ct, id);
        var progress = await session.LoadAsync<NationalFeedProgress>(id, ct) ?? new(id, organisation, Name, 0, 0);
        var fresh = page.Events.Where(e => e.Sequence > progress.Ceiling).ToList();
        if (fresh.Count > 0)
            await BringAsync(organisation, fresh, operations, session, await Secrecy.PublicAsync(operations, ct), ct);
        session.Store(progress with { Ceiling = Math.Max(progress.Ceiling, page.SequenceCeiling), Events = progress.Events + fresh.Count });
        await session.SaveChangesAsync(ct);
        return NullChangeListener.Instance;
    }

    /// <param name="organisation">The register's own organisation id.</param>
    protected abstract Task BringAsync(
        string organisation, IReadOnlyList<IEvent> events, IQuerySession register, IDocumentSession nationally, Secrecy secrecy, CancellationToken ct);

    /// <summary>
    /// With a database per organisation the database's identifier is the organisation's (tenant) id, which its successor,
    /// the server-and-database name, is not. The organisation a register has from the start (Marten's default tenant, in
    /// the master database) and a register without tenants are the default organisation.
    /// </summary>
    static string OrganisationOf(IDocumentOperations operations)
    {
#pragma warning disable CS0618
        var id = operations.Database.Identifier;
#pragma warning restore CS0618
        return operations.DocumentStore.Options.Tenancy.Cardinality == DatabaseCardinality.Single || id == JasperFx.StorageConstants.DefaultTenantId
            ? NationalStore.DefaultOrganisation
            : id;
    }
}

/// <summary>Public decisions, with the clauses that give a confidential assignment left out.</summary>
public sealed class NationalDecisionFeed(NationalStore national) : NationalFeed(national, FeedName, EventTypes)
{
    public const string FeedName = "national-decisions";
    public static readonly IReadOnlyList<Type> EventTypes = [.. Evolve.EventTypes<DecisionState>(), typeof(AssignmentMarkedConfidential)];

    protected override async Task BringAsync(
        string organisation, IReadOnlyList<IEvent> events, IQuerySession register, IDocumentSession nationally, Secrecy secrecy, CancellationToken ct)
    {
        // A confidential assignment takes its clause out of the decision that gave it.
        var marked = events.Select(e => e.Data).OfType<AssignmentMarkedConfidential>().Select(a => a.AssignmentId).Distinct().ToArray();
        var givers = marked.Length == 0 ? [] : (await register.LoadManyAsync<AssignmentHistory>(ct, marked)).Select(a => a.DecisionId);
        var ids = events.Where(e => e.Data is not AssignmentMarkedConfidential).Select(e => e.StreamKey!).Concat(givers).Distinct().ToArray();
        var records = await register.LoadManyAsync<DecisionRecord>(ct, ids);
        var bodies = await BodyDirectory.LoadAsync(register, records.Select(r => r.BodyId), ct);
        foreach (var r in records)
        {
            var key = NationalStore.Key(organisation, r.Id);
            if (r.Confidential || secrecy.HidesDecision(r.Id))
            {
                nationally.Delete<NationalDecision>(key);
                continue;
            }
            var details = secrecy.Details(r.Id, r.Details);
            nationally.Store(new NationalDecision(key, organisation, r.Id, bodies.Ref(r.BodyId), r.MeetingDate, details.Paragraph, details.Title,
                details.CaseNumber, details.Clauses, DecisionRecord.SearchTextOf(details)));
        }
    }
}

/// <summary>Public assignments and the days they were overdue; those of a decision marked confidential go with it.</summary>
public sealed class NationalAssignmentFeed(NationalStore national) : NationalFeed(national, FeedName, EventTypes)
{
    public const string FeedName = "national-assignments";
    public static readonly IReadOnlyList<Type> EventTypes = [.. Evolve.EventTypes<AssignmentState>(), typeof(DecisionMarkedConfidential)];

    protected override async Task BringAsync(
        string organisation, IReadOnlyList<IEvent> events, IQuerySession register, IDocumentSession nationally, Secrecy secrecy, CancellationToken ct)
    {
        foreach (var d in events.Select(e => e.Data).OfType<DecisionMarkedConfidential>())
            nationally.DeleteWhere<NationalAssignment>(x => x.Organisation == organisation && x.DecisionId == d.DecisionId);
        var ids = events.Where(e => e.Data is not DecisionMarkedConfidential).Select(e => e.StreamKey!).Distinct().ToArray();
        var histories = await register.LoadManyAsync<AssignmentHistory>(ct, ids);
        var bodies = await BodyDirectory.LoadAsync(register, histories.Select(h => h.GivingBodyId), ct);
        foreach (var h in histories)
        {
            var key = NationalStore.Key(organisation, h.Id);
            var state = h.Current();
            if (secrecy.HidesAssignment(state))
            {
                nationally.Delete<NationalAssignment>(key);
                continue;
            }
            var overdue = h.Overdue().Select(p => new NationalOverduePeriod(p.From, p.Until, p.State.Due.Text, p.State.Due.Effective!.Value)).ToList();
            nationally.Store(new NationalAssignment(key, organisation, h.Id, h.DecisionId, bodies.Ref(h.GivingBodyId), h.Assignee,
                state.Task, h.Status, state.Due.Text, overdue, overdue.FirstOrDefault()?.From, overdue.LastOrDefault()?.Until));
        }
    }
}
