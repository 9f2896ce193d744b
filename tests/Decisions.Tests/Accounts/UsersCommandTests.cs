using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using Decisions.Bodies;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Accounts;

/// <summary>The first administrator is made on the command line, and the command line acts only as an account it knows.</summary>
public class UsersCommandTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    Task<(int ExitCode, byte[] Stdout, string Stderr)> Run(params string[] arguments)
    {
        var environment = HostProcess.WithoutConnection();
        environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        return HostProcess.RunAsync(environment, arguments);
    }

    [Fact]
    public async Task Users_add_makes_an_administrator_who_can_sign_in_and_users_token_a_token_the_api_takes()
    {
        var passwordFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(passwordFile, "ett långt lösenord\n");
        var (exitCode, stdout, stderr) = await Run("users", "add", "chef@exempel.se", "--name", "Cecilia Chef", "--role", "admin", "--password-file", passwordFile);
        File.Delete(passwordFile);
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldBe("Cecilia Chef (chef@exempel.se) har ett konto som administratör i default.\n");
        await app.SignInAsync(new TestAccount("chef@exempel.se", "Cecilia Chef", "ett långt lösenord", ""));

        (exitCode, stdout, stderr) = await Run("users", "token", "chef@exempel.se", "--token-name", "ärendesystemet");
        exitCode.ShouldBe(0, stderr);
        var token = Encoding.UTF8.GetString(stdout).Trim();
        token.ShouldStartWith("dec_");
        var api = app.CreateClient(new TestAccount("chef@exempel.se", "Cecilia Chef", "", token));
        await api.Accept("/api/bodies", new RegisterBody("Kommunstyrelsen", BodyKind.Styrelse, null, new DateOnly(2024, 1, 1)));
        (await (await app.CreateAdministratorClientAsync()).GetStringAsync("/admin/anvandare")).ShouldContain("ärendesystemet");
    }

    [Fact]
    public async Task Users_add_without_a_password_file_prints_a_made_up_password_once_and_refuses_what_it_cannot_use()
    {
        var (exitCode, stdout, stderr) = await Run("users", "add", "ny@exempel.se", "--name", "Nina Ny", "--role", "registrator");
        exitCode.ShouldBe(0, stderr);
        Encoding.UTF8.GetString(stdout).ShouldContain("Lösenord (visas bara nu): ");

        (exitCode, _, stderr) = await Run("users", "add", "ny@exempel.se", "--name", "Nina Ny", "--role", "registrator");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("users: e-post: ny@exempel.se har redan ett konto (Nina Ny). Ge det tillgång till en organisation till med users join ny@exempel.se --organisation ID");
        (exitCode, _, stderr) = await Run("users", "add", "x@exempel.se", "--name", "X", "--role", "chef");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("users: roll: 'chef' är ingen roll");
    }

    [Fact]
    public async Task Import_on_the_command_line_records_the_account_it_acts_as_and_refuses_an_unknown_one()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", Fixture.AuMinutes2023);
        var (exitCode, _, stderr) = await Run("import", "--user", "okand@exempel.se", file);
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("import: det finns ingen användare med e-postadressen okand@exempel.se");
        (exitCode, _, stderr) = await Run("import", file);
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("import: ange --user <e-post>");

        (exitCode, _, stderr) = await Run("import", "--user", app.Registrator.Email, file);
        exitCode.ShouldBe(0, stderr);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.StartsWith(EconomyStory.Au)).ToListAsync();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UserName == app.Registrator.Name);
    }

    [Fact]
    public async Task A_register_without_accounts_says_at_start_how_to_make_the_first_administrator_and_one_with_them_does_not()
    {
        var empty = await TestPostgres.NewDatabaseAsync("tomt");
        await using var store = DocumentStore.For(opts =>
        {
            DecisionsStore.Configure(opts, empty);
            opts.Schema.For<global::Decisions.Accounts.User>().DatabaseSchemaName(global::Decisions.Accounts.AccountSetup.Schema);
        });
        var log = new Said();
        await SaidAtStart(new global::Decisions.Accounts.FirstAdministratorHint(store, log));
        log.Lines.ShouldHaveSingleItem().ShouldContain("./run.sh users add <e-post> --name \"För- och efternamn\" --role admin");

        var said = new Said();
        await SaidAtStart(new global::Decisions.Accounts.FirstAdministratorHint(app.Services.GetRequiredService<IDocumentStore>(), said));
        said.Lines.ShouldBeEmpty();
    }

    /// <summary>The hint looks beside the start; stopping waits for it.</summary>
    static async Task SaidAtStart(global::Decisions.Accounts.FirstAdministratorHint hint)
    {
        await hint.StartAsync(CancellationToken.None);
        await hint.StopAsync(CancellationToken.None);
    }

    sealed class Said : Microsoft.Extensions.Logging.ILogger<global::Decisions.Accounts.FirstAdministratorHint>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel level) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel level, Microsoft.Extensions.Logging.EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
            Lines.Add(format(state, e));
    }
}
