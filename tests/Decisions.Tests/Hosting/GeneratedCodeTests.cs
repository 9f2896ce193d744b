using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Hosting;

/// <summary>
/// Outside development the host runs the handler code written beforehand (Internal/Generated) and compiles nothing.
/// That code must be what the handlers generate today: a handler added, changed or combined with another after the
/// code was written would otherwise be skipped or run as it was, without a word.
/// </summary>
public sealed class GeneratedCodeTests
{
    const string Folder = "src/Decisions.Host/Internal/Generated";

    [Fact]
    public async Task The_written_handler_code_is_what_the_handlers_generate_today()
    {
        var written = Path.Combine(RepositoryRoot(), Folder);
        var fresh = Directory.CreateTempSubdirectory("decisions-codegen-").FullName;
        try
        {
            var (exitCode, _, stderr) = await HostProcess.RunInAsync(fresh, HostProcess.WithoutConnection(), "codegen", "write");
            exitCode.ShouldBe(0, stderr);

            var now = Files(Path.Combine(fresh, "Internal/Generated"));
            var before = Files(written);
            var stale = now.Keys.Union(before.Keys).Where(f => now.GetValueOrDefault(f) != before.GetValueOrDefault(f)).Order().ToList();
            stale.ShouldBeEmpty(
                $"The handler code in {Folder} is out of date; write it again with " +
                "`cd src/Decisions.Host && dotnet run -- codegen write` and commit it");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    static Dictionary<string, string> Files(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.ReadAllText(f).ReplaceLineEndings())
        : [];

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Decisions.sln"))) return folder.FullName;
        throw new InvalidOperationException("The tests run outside the repository: Decisions.sln not found above " + AppContext.BaseDirectory);
    }
}
