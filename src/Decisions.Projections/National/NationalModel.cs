using Decisions.Assignments;
using Decisions.History;
using Marten;
using Npgsql;

namespace Decisions.National;

/// <summary>
/// A public decision of one organisation, as the national search shows it. Only what the public may see is ever
/// written here; a decision put under sekretess later is deleted (<see cref="NationalFeed"/>).
/// </summary>
/// <param name="Id">Organisation and decision id: decision ids are unique within one organisation only.</param>
/// <param name="SearchText">Title and clauses, under the same Swedish full-text index as an organisation's own search.</param>
public sealed record NationalDecision(
    string Id, string Organisation, string DecisionId, BodyRef Body, DateOnly MeetingDate, int Paragraph, string Title,
    string? CaseNumber, IReadOnlyList<string> Clauses, string SearchText);

/// <summary>A day range on which a public assignment was overdue, with the due it had passed then.</summary>
public sealed record NationalOverduePeriod(DateOnly From, DateOnly? Until, string DueText, DateOnly EffectiveDue)
{
    public bool Covers(DateOnly day) => From <= day && (Until is null || day < Until);
}

/// <summary>A public assignment of one organisation, with the days it was overdue, for the national overdue report.</summary>
/// <param name="OverdueFrom">With <paramref name="OverdueUntil"/> the bounds of <paramref name="Overdue"/>, under a GiST index as in an organisation's own report.</param>
public sealed record NationalAssignment(
    string Id, string Organisation, string AssignmentId, string DecisionId, BodyRef GivingBody, string Assignee, string Task,
    AssignmentStatus Status, string DueText, IReadOnlyList<NationalOverduePeriod> Overdue, DateOnly? OverdueFrom, DateOnly? OverdueUntil);

/// <summary>
/// How far one feed has brought one organisation's events into the national model, written in the same transaction
/// as what it brought: a page of events the daemon hands over again (its own progress is kept in the organisation's
/// database, which a crash between the two commits leaves behind) is recognised and skipped, so no event counts twice.
/// </summary>
/// <param name="Ceiling">The highest event sequence of the organisation's log the feed has been through.</param>
/// <param name="Events">How many of the feed's events it has taken in, each once: what a test compares with the log.</param>
public sealed record NationalFeedProgress(string Id, string Organisation, string Feed, long Ceiling, long Events);

/// <summary>
/// The national model's own Marten store: a schema of its own, in a database of its own if configured (the master
/// database beside the organisations' ones). It holds documents only; the events stay in each organisation's database.
/// </summary>
public sealed class NationalStore(string connectionString) : IDisposable
{
    public IDocumentStore Store { get; } = DocumentStore.For(opts => Configure(opts, connectionString));

    readonly SemaphoreSlim schemaGate = new(1, 1);
    volatile bool schemaReady;

    public void Dispose()
    {
        Store.Dispose();
        schemaGate.Dispose();
    }

    /// <summary>
    /// Creates the national model's tables, once per process, under a lock every node takes. Left to Marten, a table is
    /// created the first time a session touches it, and with several nodes the feeds of every organisation start at
    /// once: two processes creating the same table collide in PostgreSQL's catalog, and the feed that loses is paused,
    /// bringing nothing more in.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken ct)
    {
        if (schemaReady) return;
        await schemaGate.WaitAsync(ct);
        try
        {
            if (schemaReady) return;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, "select pg_advisory_lock(hashtextextended('decisions:national-schema', 0))", ct);
            try
            {
                await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            }
            finally
            {
                await ExecuteAsync(connection, "select pg_advisory_unlock(hashtextextended('decisions:national-schema', 0))", CancellationToken.None);
            }
            schemaReady = true;
        }
        finally
        {
            schemaGate.Release();
        }
    }

    /// <summary>A session to read the national model, whose tables exist by then.</summary>
    public async Task<IQuerySession> QuerySessionAsync(CancellationToken ct)
    {
        await EnsureSchemaAsync(ct);
        return Store.QuerySession();
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public const string Schema = "national";

    /// <summary>The database that holds the national model; without it, the register's own.</summary>
    public const string ConnectionStringName = "National";

    /// <summary>The organisation a register without tenants is.</summary>
    public const string DefaultOrganisation = "default";

    public static void Configure(StoreOptions opts, string connectionString)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = Schema;
        opts.Schema.For<NationalDecision>()
            .Duplicate(x => x.Organisation).Duplicate(x => x.MeetingDate)
            .FullTextIndex(i => i.RegConfig = FullText.Swedish, x => x.SearchText);
        opts.Schema.For<NationalAssignment>()
            .Duplicate(x => x.Organisation).Duplicate(x => x.DecisionId)
            .Duplicate(x => x.OverdueFrom!, notNull: false).Duplicate(x => x.OverdueUntil!, notNull: false)
            .Index(x => x.OverdueFrom!, i =>
            {
                i.Name = "mt_doc_nationalassignment_idx_overdue_days";
                i.Method = Weasel.Postgresql.Tables.IndexMethod.gist;
                i.Mask = DecisionsStore.OverdueDaysSql.Replace("overdue_from", "?");
                i.Predicate = "overdue_from is not null";
            });
        opts.Schema.For<NationalFeedProgress>().Duplicate(x => x.Organisation);
    }

    public static string Key(string organisation, string id) => $"{organisation}:{id}";
}
