using System.Net.Http.Headers;
using Decisions.Accounts;
using Decisions.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Infrastructure;

/// <summary>
/// The whole host over a database of its own; share it across one test class with IClassFixture. It starts with one
/// registrator, <see cref="Registrator"/>, and <see cref="HttpClient"/>s from CreateClient act as that person through
/// a personal access token; <see cref="CreateAnonymousClient"/> is a reader who has not signed in.
/// </summary>
public class DecisionsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; protected set; } = "";

    /// <summary>The registrator every test acts as unless it signs in as someone else.</summary>
    public TestAccount Registrator { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        await CreateRegistratorAsync();
    }

    /// <summary>For a host that must choose its server before it starts (Kestrel): the database only, the registrator after.</summary>
    /// <summary>The test class's name unless a fixture is shared under another.</summary>
    protected virtual string DatabaseName => GetType().Name;

    protected async Task CreateDatabaseAsync()
    {
        // Program ends in RunJasperFxCommands, which otherwise leaves the host for the command to start.
        JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;
        ConnectionString = await TestPostgres.NewDatabaseAsync(DatabaseName);
    }

    protected async Task CreateRegistratorAsync() =>
        Registrator = await CreateAccountAsync("registrator@exempel.se", "Rita Registrator", "registrator");

    /// <summary>An account with a password of its own and an API token, as an administrator would make it (in the default organisation unless others are named).</summary>
    public async Task<TestAccount> CreateAccountAsync(string email, string name, string role, IReadOnlyList<string>? organisations = null)
    {
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var password = $"lösenord-{Guid.NewGuid():N}";
        var (user, _) = await accounts.AddAsync(email, name, role, password, organisations);
        return new TestAccount(email, name, password, await accounts.CreateTokenAsync(user, "tester", "testerna"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{DatabaseLocation.ConnectionStringName}", ConnectionString);
        // Every test client comes from one address; the limit per address has a test of its own (SignInTests).
        builder.UseSetting("Authentication:SignInAttemptsPerMinute", "1000");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FollowUpsBeforeAnswer>());
    }

    /// <summary>Waits for the follow-ups of everything committed so far, for a test that wrote past the HTTP API.</summary>
    public async Task FollowUpsDone()
    {
        if (!await global::Decisions.Commands.FollowUpProgress.WaitUntilDoneAsync(Services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>(), TimeSpan.FromSeconds(30)))
            throw new TimeoutException("Follow-ups were still pending after 30 s.");
    }

    /// <summary>Waits until the async projections (the OParl index) have read everything committed so far, for a test that reads them.</summary>
    public async Task ProjectionsCaughtUp()
    {
        await FollowUpsDone();
        await Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(Services.GetRequiredService<Marten.IDocumentStore>(), TimeSpan.FromSeconds(30));
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        // Until the registrator exists (while it is being created) clients are anonymous.
        if (Registrator is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Registrator.Token);
    }

    public HttpClient CreateAnonymousClient(WebApplicationFactoryClientOptions? options = null)
    {
        var client = CreateClient(options ?? new WebApplicationFactoryClientOptions());
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    TestAccount? administrator;

    /// <summary>A client acting as the register's administrator (made on first use), who alone may mark sekretess.</summary>
    public async Task<HttpClient> CreateAdministratorClientAsync() =>
        CreateClient(administrator ??= await CreateAccountAsync("administrator@exempel.se", "Adam Administratör", "admin"));

    /// <summary>A client acting through the given account's token (anonymous without one), on a host name of its own: the organisation it chooses.</summary>
    public HttpClient CreateClient(TestAccount? account, string host = "localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}") });
        client.DefaultRequestHeaders.Authorization = account is null ? null : new AuthenticationHeaderValue("Bearer", account.Token);
        return client;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

public sealed record TestAccount(string Email, string Name, string Password, string Token);
