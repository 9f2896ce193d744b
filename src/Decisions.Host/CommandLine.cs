namespace Decisions;

public static class CommandLine
{
    /// <summary>Where a command writes what it produces (a preview, a JSON array, a report): the process's real stdout.</summary>
    public static TextWriter Output { get; private set; } = Console.Out;

    /// <summary>
    /// A tool's stdout is for its product alone, so that it can be piped: the host's log and the command line's
    /// own chatter go to stderr instead.
    /// </summary>
    public static void ReserveStandardOutput(WebApplicationBuilder builder)
    {
        Output = Console.Out;
        Console.SetOut(Console.Error);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>Any command but running the web host is a tool whose output others may read.</summary>
    public static bool IsTool(string[] args) => args is [var command, ..] && !command.StartsWith('-') && command != "run";

    /// <summary>Listing the commands, and previewing an import, must work on a machine with no database at all.</summary>
    public static bool NeedsDatabase(string[] args) => args switch
    {
        ["help" or "?" or "-h" or "--help", ..] => false,
        ["import", ..] => !args.Contains("--dry-run"),
        _ => true,
    };
}
