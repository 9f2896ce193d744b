using Decisions.Benchmarks.Measurements;
using Decisions.Database;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Decisions.Benchmarks;

/// <summary>
/// dotnet run -c Release --project bench/Decisions.Benchmarks -- --size S|M|L [--only import,commands,load,...] [--reuse] [--authorization "Bearer …"]
/// Runs against a throwaway PostgreSQL from the machine's binaries unless DECISIONS_CONNECTION names a database
/// (which it then fills: give it an empty one, or one an earlier run of the same size filled, with --reuse).
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [PdfMemoryBenchmark.ChildArgument, var pdf]) return PdfMemoryBenchmark.DecodeOne(pdf);
        if (args is [CeilingEndpoint.ChildArgument, .. var urls]) return await CeilingEndpoint.RunAsync(urls);
        BenchmarkOptions options;
        try
        {
            options = ParseArguments(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nusage: --size S|M|L [--only {string.Join(',', BenchmarkRun.Measurements)}] [--reuse]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        PrivatePostgres? server = null;
        var connectionString = DatabaseLocation.GivenConnectionString(configuration);
        if (connectionString is null && options.Reuse)
        {
            await Console.Error.WriteLineAsync("--reuse needs DECISIONS_CONNECTION: a throwaway server holds no earlier history.");
            return 2;
        }
        if (connectionString is null && options.Only.Any(BenchmarkRun.NeedsDatabase))
        {
            var root = Path.Combine(Path.GetTempPath(), $"decisions-bench-{Guid.NewGuid():N}");
            server = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(DatabaseLocation.FindBinaries(configuration), root, Throwaway: true));
            connectionString = server.ConnectionString;
            await AllowSideSchemasAsync(server);
        }

        await using (server)
        {
            var started = DateTime.UtcNow;
            var results = await BenchmarkRun.RunAsync(options, connectionString ?? "", Console.Out);
            Console.WriteLine();
            Console.WriteLine(ResultTable.Markdown($"Size {options.Size.Name}, {Environment.ProcessorCount} cores, {(DateTime.UtcNow - started).TotalMinutes:0.0} min", results));
        }
        return 0;
    }

    /// <summary>
    /// The host's role may create nothing outside the register's schema; on the benchmark's own server it may also create
    /// the schemas the limits are measured in (raw COPY, the append sample, the plain-Npgsql ceiling).
    /// </summary>
    static async Task AllowSideSchemasAsync(PrivatePostgres server)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var grant = new NpgsqlCommand($"grant create on database \"{connection.Database}\" to {PrivatePostgres.ApplicationRole}", connection);
        await grant.ExecuteNonQueryAsync();
    }

    static BenchmarkOptions ParseArguments(string[] args)
    {
        var size = BenchmarkSize.S;
        IReadOnlySet<string> only = BenchmarkRun.Measurements.ToHashSet();
        var reuse = false;
        string? authorization = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reuse")
            {
                reuse = true;
                continue;
            }
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i++])
            {
                case "--size": size = BenchmarkSize.Parse(value); break;
                case "--authorization": authorization = value; break;
                case "--only":
                    only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    if (only.Except(BenchmarkRun.Measurements).FirstOrDefault() is { } unknown) throw new ArgumentException($"Unknown measurement '{unknown}'.");
                    break;
                default: throw new ArgumentException($"Unknown argument '{args[i - 1]}'.");
            }
        }
        return new BenchmarkOptions(size, only, reuse, authorization);
    }
}
