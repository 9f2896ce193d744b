using System.Text.Json;
using Decisions.Queries;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Decisions.Reports;

public sealed class ReportInput : NetCoreInput
{
    [Description("Which report: overdue")]
    public string Report { get; set; } = "";

    [Description("Business date YYYY-MM-DD"), FlagAlias("as-of")]
    public string AsOfFlag { get; set; } = "";

    [Description("json (default) or csv")]
    public string? FormatFlag { get; set; }

    [Description("Giving body, by id or name")]
    public string? BodyFlag { get; set; }

    [Description("Assignee, e.g. Regiondirektören")]
    public string? AssigneeFlag { get; set; }
}

[Description("Prints a report to standard output, e.g. report overdue --as-of 2024-01-31 --format csv", Name = "report")]
public sealed class ReportCommand : JasperFxAsyncCommand<ReportInput>
{
    public override async Task<bool> Execute(ReportInput input)
    {
        if (!input.Report.Equals("overdue", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"Unknown report '{input.Report}'; the reports are: overdue");
            return false;
        }
        using var host = input.BuildHost();
        var csv = OverdueFormat.IsCsv(input.FormatFlag, "--format");
        var asOf = QueryParameters.RequiredDate(input.AsOfFlag, "--as-of");
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var list = await OverdueFormat.RunAsync(session, asOf, input.BodyFlag, input.AssigneeFlag, CancellationToken.None);

        await using var stdout = Console.OpenStandardOutput();
        if (csv) await stdout.WriteAsync(OverdueFormat.Csv(list.Rows));
        else await JsonSerializer.SerializeAsync(stdout, list, host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        return true;
    }
}
