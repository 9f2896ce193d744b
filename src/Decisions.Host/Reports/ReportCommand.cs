using System.Text.Json;
using Decisions.Queries;
using Decisions.Shared;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Decisions.Reports;

public sealed class ReportInput : NetCoreInput
{
    [Description("Vilken rapport: overdue (försenade uppdrag)")]
    public string Report { get; set; } = "";

    [Description("Dagen rapporten avser, ÅÅÅÅ-MM-DD"), FlagAlias("as-of")]
    public string AsOfFlag { get; set; } = "";

    [Description("json (standard) eller csv")]
    public string? FormatFlag { get; set; }

    [Description("Organet som gav uppdragen, med id eller namn")]
    public string? BodyFlag { get; set; }

    [Description("Uppdragstagaren, t.ex. Regiondirektören")]
    public string? AssigneeFlag { get; set; }
}

[Description("Skriver en rapport till standard output, t.ex. report overdue --as-of 2024-01-31 --format csv", Name = "report")]
public sealed class ReportCommand : JasperFxAsyncCommand<ReportInput>
{
    public override async Task<bool> Execute(ReportInput input)
    {
        if (!input.Report.Equals("overdue", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"report: rapporten '{input.Report}' finns inte; rapporterna är: overdue");
            return false;
        }
        bool csv;
        DateOnly asOf;
        try
        {
            csv = OverdueFormat.IsCsv(input.FormatFlag, "--format");
            asOf = QueryParameters.RequiredDate(input.AsOfFlag, "--as-of");
        }
        catch (ValidationFailed invalid)
        {
            foreach (var (flag, messages) in invalid.Errors) await Console.Error.WriteLineAsync($"report: {flag} {string.Join(" ", messages)}");
            return false;
        }
        using var host = input.BuildHost();
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(host.Services.GetRequiredService<Organisations.CurrentOrganisation>().Id);
        var list = await OverdueFormat.RunAsync(session, asOf, input.BodyFlag, input.AssigneeFlag, CancellationToken.None);

        await using var stdout = Console.OpenStandardOutput();
        if (csv) await stdout.WriteAsync(OverdueFormat.Csv(list.Rows));
        else await JsonSerializer.SerializeAsync(stdout, list, host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        return true;
    }
}
