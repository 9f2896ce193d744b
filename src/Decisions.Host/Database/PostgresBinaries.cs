namespace Decisions.Database;

/// <summary>Finds the machine's own PostgreSQL server programs: on PATH first, then in the usual install roots.</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    public static readonly string[] DefaultRoots = ["/usr/lib/postgresql", "/usr/local/pgsql", "/opt/homebrew/opt", "/usr/pgsql"];

    public string Tool(string name) => Path.Combine(BinDirectory, name);

    public static PostgresBinaries? Find(string? pathVariable, IEnumerable<string> installRoots)
    {
        foreach (var dir in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (HasServer(dir)) return new PostgresBinaries(ResolveLinks(dir));

        // Debian keeps one folder per major version (/usr/lib/postgresql/15/bin): take the newest.
        var candidates = installRoots
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).Select(v => Path.Combine(v, "bin")).Append(Path.Combine(root, "bin")))
            .Where(HasServer)
            .OrderByDescending(dir => MajorVersion(dir));
        return candidates.Select(dir => new PostgresBinaries(dir)).FirstOrDefault();
    }

    static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "postgres"));

    // PATH often holds symlinks (/usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl); pg_ctl finds
    // the postgres program beside its own real path, so use the folder the links point into.
    static string ResolveLinks(string dir)
    {
        var target = new FileInfo(Path.Combine(dir, "pg_ctl")).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? dir : Path.GetDirectoryName(target.FullName)!;
    }

    static int MajorVersion(string binDir) =>
        int.TryParse(Path.GetFileName(Path.GetDirectoryName(binDir)), out var v) ? v : 0;
}
