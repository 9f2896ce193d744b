using System.Globalization;
using System.Text.Json;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Import;

public class ImportInput : NetCoreInput
{
    [Description("Files or folders with protocols, extracts and official reports (.txt, .pdf)")]
    public List<string> Paths { get; set; } = [];

    [Description("Read and show what would be imported; write nothing")]
    public bool DryRunFlag { get; set; }

    [Description("Print a JSON array, one object per document, and nothing else")]
    public bool JsonFlag { get; set; }

    [Description("The body (organ), for documents that do not name it")]
    public string? BodyFlag { get; set; }

    [Description("The meeting date (yyyy-MM-dd), for documents that do not give it")]
    public string? DateFlag { get; set; }

    [Description("The paragraph number, for an extract without one")]
    public string? ParagraphFlag { get; set; }

    [Description("The e-mail of the account that imports; its name is recorded on every event")]
    public string? UserFlag { get; set; }
}

[Description("Import protocols, extracts and official reports from files or folders")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    static readonly string[] Readable = [".txt", ".pdf"];

    public override async Task<bool> Execute(ImportInput input)
    {
        var files = input.Paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => Readable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order()
                : [p]).ToList();
        if (files.Count == 0) return Fail("import: name at least one file or folder");
        if (input.DateFlag is not null && !DateOnly.TryParseExact(input.DateFlag, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return Fail($"import: --date '{input.DateFlag}' is not a date (yyyy-MM-dd)");
        var overrides = new ImportOverrides(input.BodyFlag, input.DateFlag is null ? null : DateOnly.Parse(input.DateFlag, CultureInfo.InvariantCulture), input.ParagraphFlag);

        return input.DryRunFlag ? Preview(files, overrides, input.JsonFlag) : await Import(files, overrides, input);
    }

    /// <summary>What an import would record: the preview with the given organ, date and § applied; a refused document fails the run.</summary>
    static bool Preview(IReadOnlyList<string> files, ImportOverrides overrides, bool json)
    {
        var previews = new List<DocumentPreview>();
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                var preview = Importer.Preview(File.ReadAllBytes(file), file);
                if (preview.Refusal is { } refusal)
                {
                    failed = true;
                    Console.Error.WriteLine($"FEL {file}: {refusal}");
                    continue;
                }
                previews.Add(overrides.ApplyTo(preview));
            }
            catch (Exception e) when (e is DocumentRejected or IOException or UnauthorizedAccessException) { failed = true; Console.Error.WriteLine(e.Message); }
        }
        CommandLine.Output.WriteLine(json ? JsonSerializer.Serialize(previews, PreviewJson.Options) : string.Join("\n", previews.Select(PreviewText.Describe)));
        return !failed;
    }

    static async Task<bool> Import(IReadOnlyList<string> files, ImportOverrides overrides, ImportInput input)
    {
        using var host = input.BuildHost();
        await host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var importer = host.Services.GetRequiredService<Importer>();
        if (await Accounts.UserAccounts.ActingAs(host.Services, input.UserFlag, "import") is not { } user) return false;
        // Only the message runtime, not the web server: it records each document and runs what follows from it.
        var runtime = host.Services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>();
        await ((IHostedService)runtime).StartAsync(CancellationToken.None);

        var outcomes = new List<ImportOutcome>();
        var failures = 0;
        for (var i = 0; i < files.Count; i++)
        {
            Progress(i, files.Count, files[i]);
            try
            {
                outcomes.Add(await importer.Import(Importer.Preview(await File.ReadAllBytesAsync(files[i]), files[i]), overrides, user, CancellationToken.None));
            }
            catch (Exception e) when (e is DocumentRejected or ImportRefused or IOException or UnauthorizedAccessException || Commands.Conflicts.IsConflict(e))
            {
                failures++;
                Console.Error.WriteLine($"\nFEL {(Commands.Conflicts.IsConflict(e) ? $"{files[i]}: registret ändrades samtidigt av en annan import; importera dokumentet igen" : e.Message)}");
            }
        }
        Progress(files.Count, files.Count, "");
        Console.Error.WriteLine();
        // A due resolved by a meeting in a later document, a report reaching its assignment: done before the command ends,
        // so a report run right after sees them. What is still pending then is done when the register next runs.
        if (!await Commands.FollowUpProgress.WaitUntilDoneAsync(runtime, TimeSpan.FromMinutes(5)))
            Console.Error.WriteLine("Några följder av importen (t.ex. datum för \"nästa sammanträde\") är ännu inte klara; de görs nästa gång registret körs.");
        await ((IHostedService)runtime).StopAsync(CancellationToken.None);

        if (input.JsonFlag)
            CommandLine.Output.WriteLine(JsonSerializer.Serialize(outcomes, PreviewJson.Options));
        else
            CommandLine.Output.WriteLine(
                $"Dokument: {outcomes.Count} importerade, {failures} misslyckades; sammanträden {outcomes.Sum(o => o.Meetings)}, beslut {outcomes.Sum(o => o.Decisions)}, " +
                $"uppdrag {outcomes.Sum(o => o.Assignments)}, återrapporteringar {outcomes.Sum(o => o.ReportBacks)}, varningar {outcomes.Sum(o => o.Warnings.Count)}, händelser {outcomes.Sum(o => o.Events)}");
        return failures == 0;
    }

    /// <summary>One line that redraws itself on a terminal, and a line per document in a log.</summary>
    static void Progress(int done, int total, string file)
    {
        const int width = 30;
        var filled = total == 0 ? width : done * width / total;
        var line = $"[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {Path.GetFileName(file)}";
        if (Console.IsErrorRedirected) { if (file != "") Console.Error.WriteLine(line); }
        else Console.Error.Write($"\r{line,-100}");
    }

    static bool Fail(string message)
    {
        Console.Error.WriteLine(message);
        return false;
    }
}
