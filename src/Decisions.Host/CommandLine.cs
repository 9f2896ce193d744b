using JasperFx.CommandLine;

namespace Decisions;

public static class CommandLine
{
    /// <summary>Where a command writes what it produces (a preview, a JSON array, a report): the process's real stdout.</summary>
    public static TextWriter Output { get; private set; } = Console.Out;

    /// <summary>
    /// A tool's stdout is for its product alone, so that it can be piped: the host's warnings and the command line's
    /// own messages go to stderr instead. A person reads that stderr, so it holds what they asked about and nothing
    /// else: not the framework's account of where it looked for commands, nor the host's log of making its schema
    /// and starting up (errors and warnings still show).
    /// </summary>
    public static void ReserveStandardOutput(WebApplicationBuilder builder)
    {
        Output = Console.Out;
        Console.SetOut(Console.Error);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The frameworks' warnings tell a developer how they were configured (handlers combined, and the like), not the
        // person running the command anything they can act on; their errors still show.
        foreach (var framework in (string[])["Wolverine", "Marten", "JasperFx", "Weasel"]) builder.Logging.AddFilter(framework, LogLevel.Error);
        // JasperFx names every assembly it searches for commands unless extensions were applied before; there are
        // none to apply, and applying none is how it is told to keep quiet.
        new CommandFactory().ApplyExtensions(new ServiceCollection());
    }

    /// <summary>Any command but running the web host is a tool whose output others may read.</summary>
    public static bool IsTool(string[] args) => args is [var command, ..] && !command.StartsWith('-') && command != "run";

    /// <summary>Listing the commands, previewing an import and writing the handlers' code must work on a machine with no database at all.</summary>
    public static bool NeedsDatabase(string[] args) => args switch
    {
        ["help" or "?" or "-h" or "--help", ..] => false,
        ["codegen", ..] => false,
        ["import", .. var rest] => !rest.Any(a => a == "--dry-run" || (a is ['-', not '-', ..] && a.Contains('n'))),
        _ => true,
    };

    /// <summary>Why a file named on the command line cannot be read, in words a person acts on (the runtime's are English).</summary>
    public static string Unreadable(string file, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{file}: filen finns inte",
        UnauthorizedAccessException => $"{file}: filen får inte läsas (behörighet saknas)",
        _ => $"{file}: filen kan inte läsas ({e.GetType().Name})",
    };
}
