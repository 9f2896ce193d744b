using System.Diagnostics;
using Decisions.Import;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// The peak memory of reading hostile PDFs the way the host does (<see cref="DocumentText.Decode(byte[], string)"/>),
/// each in a process of its own so one file's peak is not hidden under another's: this program started again with
/// <see cref="ChildArgument"/>, which decodes one file and prints its peak working set.
/// </summary>
/// <param name="quick">Only the first, smallest file: the test suite's smoke run checks the harness, not the figures.</param>
public sealed class PdfMemoryBenchmark(TextWriter log, bool quick = false)
{
    public const string ChildArgument = "--decode-pdf";
    const long LimitBytes = 300L * 1024 * 1024;

    /// <summary>Written when measured, one at a time: the 400 MB stream takes seconds to compress.</summary>
    static readonly IReadOnlyList<(string Name, Func<byte[]> Pdf)> Files =
    [
        ("a form drawn 100,000 times", () => HostilePdf.RepeatedForm(100_000)),
        ("17 MB of text operators", () => HostilePdf.RepeatedText(700_000)),
        ("a stream unpacking to 400 MB", () => HostilePdf.InflatingStream(400)),
        ("60 pages of 90,000 characters each, every page within its budget", () => HostilePdf.FullPages(60)),
    ];

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var results = new List<Result>();
        var directory = Directory.CreateTempSubdirectory("decisions-pdf-memory-");
        try
        {
            foreach (var (name, write) in quick ? Files.Take(1) : Files)
            {
                var pdf = write();
                var path = Path.Combine(directory.FullName, $"{results.Count}.pdf");
                await File.WriteAllBytesAsync(path, pdf, ct);
                var (peak, outcome, elapsed) = await DecodeInChildAsync(path, ct);
                log.WriteLine($"pdf-memory: {name} ({pdf.Length / 1024.0:0.#} KB): peak {peak / 1e6:0} MB in {elapsed.TotalSeconds:0.0} s, {outcome}");
                results.Add(new Result($"pdf-memory: peak working set reading {name} ({pdf.Length / 1024.0:0} KB file)",
                    $"{peak / (1024.0 * 1024):0} MB ({elapsed.TotalSeconds:0.0} s; {outcome})", "300 MB", peak / (double)LimitBytes, "< 300 MB", peak < LimitBytes));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
        return results;
    }

    static async Task<(long Peak, string Outcome, TimeSpan Elapsed)> DecodeInChildAsync(string path, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Decisions.Benchmarks.dll"), ChildArgument, path }) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length < 2) throw new InvalidOperationException($"the decoding process failed ({process.ExitCode}): {await errors}");
        return (long.Parse(lines[0]), lines[1], clock.Elapsed);
    }

    /// <summary>In the child: decode the file as the host would, then print the peak working set in bytes and what came of it.</summary>
    public static int DecodeOne(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string outcome;
        try
        {
            var text = DocumentText.Decode(bytes, Path.GetFileName(path));
            outcome = $"read {text.Text.Length} characters";
        }
        catch (DocumentRejected rejected)
        {
            outcome = $"refused: {rejected.Reason}";
        }
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(self.PeakWorkingSet64);
        Console.WriteLine(outcome);
        return 0;
    }
}
