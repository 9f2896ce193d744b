using System.Text;
using Decisions.Database;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Hosting;

/// <summary>
/// The command line says what a person asked for, in Swedish, and nothing else: no framework telling which
/// assemblies it searched, no schema SQL when the database is made, no host log lines.
/// </summary>
public class QuietCommandLineTests
{
    static readonly string[] Chatter = ["Searching", "for commands", "CREATE", "create table", "info:", "Wolverine", "Marten", "JasperFx"];

    static void ShouldBeQuiet(byte[] stdout, string stderr)
    {
        foreach (var (name, text) in new[] { ("stdout", Encoding.UTF8.GetString(stdout)), ("stderr", stderr) })
        foreach (var word in Chatter)
            text.ShouldNotContain(word, Case.Insensitive, $"{name}:\n{text}");
    }

    static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    [Fact]
    public async Task Making_the_database_importing_and_reporting_print_only_their_own_swedish_lines()
    {
        var environment = HostProcess.WithoutConnection();
        // A database the host has never seen, so the first command makes its schema.
        environment[DatabaseLocation.ConnectionEnvironmentVariable] = await TestPostgres.NewDatabaseAsync(nameof(QuietCommandLineTests));

        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, "users", "add", "tyst@exempel.se", "--name", "Tyra Tyst", "--role", "registrator");
        exitCode.ShouldBe(0, stderr);
        ShouldBeQuiet(stdout, stderr);

        (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, "import", "--user", "tyst@exempel.se", FixturePath(Fixture.AuMinutes2023));
        exitCode.ShouldBe(0, stderr);
        ShouldBeQuiet(stdout, stderr);
        Encoding.UTF8.GetString(stdout).ShouldContain("1 importerade");

        (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, "report", "overdue", "--as-of", "2024-01-31");
        exitCode.ShouldBe(0, stderr);
        ShouldBeQuiet(stdout, stderr);
    }

    [Fact]
    public async Task A_dry_run_is_quiet_and_its_refusals_are_swedish()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "--dry-run", FixturePath(Fixture.AuMinutes2023));
        exitCode.ShouldBe(0, stderr);
        ShouldBeQuiet(stdout, stderr);

        (exitCode, _, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "--dry-run", "finns-inte.txt");
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("finns-inte.txt: filen finns inte");
        stderr.ShouldNotContain("Could not find");

        (exitCode, _, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "--dry-run", "--date", "2024-13-01", FixturePath(Fixture.AuMinutes2023));
        exitCode.ShouldNotBe(0);
        stderr.ShouldContain("--date '2024-13-01' är inte ett datum (ÅÅÅÅ-MM-DD)");
    }

    [Fact]
    public async Task Dash_d_is_the_date_and_dash_n_the_dry_run()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "-n", "--json",
            "--body", "Regionstyrelsens arbetsutskott", "-d", "2024-05-07", "--paragraph", "12", FixturePath(Fixture.BoardAuExtract));
        exitCode.ShouldBe(0, stderr);
        System.Text.Json.JsonDocument.Parse(stdout).RootElement[0].GetProperty("meetingDate").GetString().ShouldBe("2024-05-07");
    }
}
