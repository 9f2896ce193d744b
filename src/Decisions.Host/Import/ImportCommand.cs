using System.Text.Json;
using JasperFx.CommandLine;
using Marten;

namespace Decisions.Import;

public class ImportInput : NetCoreInput
{
    [Description("Filer eller mappar med protokoll, protokollsutdrag och tjänsteskrivelser (.txt, .pdf)")]
    public List<string> Paths { get; set; } = [];

    // Both would otherwise take -d from their first letter: -d is the date, as in the other commands' flags, and a
    // dry run is -n (as in make and rsync), so a forgotten date value can never turn into a real import.
    [Description("Läs och visa vad som skulle importeras; skriv inget"), FlagAlias("dry-run", 'n')]
    public bool DryRunFlag { get; set; }

    [Description("Skriv en JSON-array, ett objekt per dokument, och inget annat")]
    public bool JsonFlag { get; set; }

    [Description("Organet, för dokument som inte anger det")]
    public string? BodyFlag { get; set; }

    [Description("Sammanträdesdagen (ÅÅÅÅ-MM-DD), för dokument som inte anger den"), FlagAlias("date", 'd')]
    public string? DateFlag { get; set; }

    [Description("Paragrafnumret, för ett utdrag utan")]
    public string? ParagraphFlag { get; set; }

    [Description("E-postadressen till kontot som importerar; dess namn registreras på varje händelse")]
    public string? UserFlag { get; set; }
}

[Description("Importera protokoll, protokollsutdrag och tjänsteskrivelser ur filer eller mappar")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    static readonly string[] Readable = [".txt", ".pdf"];

    public override async Task<bool> Execute(ImportInput input)
    {
        var files = input.Paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => Readable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order()
                : [p]).ToList();
        if (files.Count == 0) return Fail("import: ange minst en fil eller mapp");
        DateOnly? date;
        try { date = Queries.QueryParameters.Date(input.DateFlag, "--date"); }
        catch (Shared.ValidationFailed invalid) { return Fail($"import: --date {string.Join(" ", invalid.Errors.Values.SelectMany(m => m))}"); }
        var overrides = new ImportOverrides(input.BodyFlag, date, input.ParagraphFlag);

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
            catch (DocumentRejected e) { failed = true; Console.Error.WriteLine($"FEL {e.Message}"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { failed = true; Console.Error.WriteLine($"FEL {CommandLine.Unreadable(file, e)}"); }
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
                Console.Error.WriteLine($"\nFEL {e switch
                {
                    IOException or UnauthorizedAccessException => CommandLine.Unreadable(files[i], e),
                    DocumentRejected or ImportRefused => e.Message,
                    _ => $"{files[i]}: registret ändrades samtidigt av en annan import; importera dokumentet igen",
                }}");
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
