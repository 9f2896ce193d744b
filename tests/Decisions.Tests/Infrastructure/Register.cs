using System.Text.Json;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Cases;
using Decisions.Commands;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Import;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// The register as the host runs it (the same Marten setup, handlers, follow-ups and importer) over a database of its
/// own, for tests that import documents or send commands and compare what the register then holds.
/// </summary>
public sealed class Register : IAsyncDisposable
{
    sealed class Host(string name) : DecisionsApp
    {
        protected override string DatabaseName => name;
    }

    readonly Host host;

    Register(Host host) => this.host = host;

    public IDocumentStore Store => host.Services.GetRequiredService<IDocumentStore>();
    public Importer Importer => host.Services.GetRequiredService<Importer>();

    public static async Task<Register> CreateAsync(string name)
    {
        var host = new Host(name);
        await host.InitializeAsync();
        return new Register(host);
    }

    /// <summary>Imports a document and waits for what follows from it, as a reader would see the register a moment later.</summary>
    public async Task<ImportOutcome> Import(DocumentPreview preview, ImportOverrides? overrides = null)
    {
        var outcome = await Importer.Import(preview, overrides ?? new ImportOverrides(), "sekreterare", CancellationToken.None);
        await host.FollowUpsDone();
        return outcome;
    }

    /// <summary>A command through the handlers, as the API sends it, without waiting for its follow-ups.</summary>
    public Task<CommandAccepted> Send(object command, string user = "sekreterare") =>
        new MessageBus(host.Services.GetRequiredService<IWolverineRuntime>()).InvokeAsync<CommandAccepted>(command, CommandHeaders.For(user));

    public Task FollowUpsDone() => host.FollowUpsDone();

    public async Task<long> EventCount() => (await Store.Advanced.FetchEventStoreStatistics(global::Decisions.Organisations.OrganisationIds.Default)).EventCount;

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

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
