namespace Decisions;

public static class CommandLine
{
    /// <summary>Listing the commands must work on a machine with no database at all.</summary>
    public static bool NeedsDatabase(string[] args) => args is not ["help" or "?" or "-h" or "--help", ..];
}
