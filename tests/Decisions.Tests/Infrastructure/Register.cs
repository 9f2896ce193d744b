using System.Text.Json;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Import;
using Marten;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// The register without its web host: the same Marten setup, reactions and importer, over a database of its
/// own, for tests that import documents and compare what the register then holds.
/// </summary>
public sealed class Register : IAsyncDisposable
{
    Register(DocumentStore store)
    {
        Store = store;
        Importer = new Importer(new CommandRunner(store, Reactions.All()));
    }

    public DocumentStore Store { get; }
    public Importer Importer { get; }

    public static async Task<Register> CreateAsync(string name)
    {
        var connectionString = await TestPostgres.NewDatabaseAsync(name);
        var store = DocumentStore.For(opts => DecisionsStore.Configure(opts, connectionString));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new Register(store);
    }

    public Task<ImportOutcome> Import(DocumentPreview preview, ImportOverrides? overrides = null) =>
        Importer.Import(preview, overrides ?? new ImportOverrides(), "sekreterare", CancellationToken.None);

    public async Task<long> EventCount()
    {
        await using var session = Store.QuerySession();
        return (await Store.Advanced.FetchEventStoreStatistics()).EventCount;
    }

    /// <summary>Every current-state document of every aggregate, as JSON keyed by id: "the register" to compare.</summary>
    public async Task<SortedDictionary<string, string>> Snapshot()
    {
        await using var session = Store.QuerySession();
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        async Task Add<T>(Func<T, string> id) where T : notnull
        {
            foreach (var doc in await session.Query<T>().ToListAsync())
                all[$"{typeof(T).Name}:{id(doc)}"] = JsonSerializer.Serialize(doc);
        }
        await Add<BodyState>(d => d.Id);
        await Add<MeetingState>(d => d.Id);
        await Add<CaseState>(d => d.Id);
        await Add<DecisionState>(d => d.Id);
        await Add<AssignmentState>(d => d.Id);
        await Add<CitationsState>(d => d.Id);
        return all;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
