using System.Text;
using Decisions.Database;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Reports;

public class ReportCommandTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public async Task The_command_line_prints_the_overdue_report_as_csv_to_standard_output()
    {
        var environment = HostProcess.WithoutConnection();
        environment[DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment,
            "report", "overdue", "--as-of", "2024-01-31", "--format", "csv", "--assignee", Director);

        exitCode.ShouldBe(0, stderr);
        var bom = Encoding.UTF8.GetPreamble();
        // Standard output holds the report alone (the host's log goes to standard error), so it can be redirected to a file.
        stdout.AsSpan().StartsWith(bom).ShouldBeTrue();
        var lines = Encoding.UTF8.GetString(stdout[bom.Length..]).Split("\r\n");
        lines[0].ShouldStartWith("Uppdrag;Uppdragstagare;");
        lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]).ShouldBe([SeptemberStaff, October]);
    }
}
