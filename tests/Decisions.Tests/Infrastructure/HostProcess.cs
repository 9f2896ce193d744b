using System.Diagnostics;
using Decisions.Database;

namespace Decisions.Tests.Infrastructure;

/// <summary>Runs the real host program as the command line does, with the environment given.</summary>
public static class HostProcess
{
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static Task<(int ExitCode, byte[] Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunInAsync(Environment.CurrentDirectory, environment, arguments);

    /// <param name="workingDirectory">Where the program runs: what it writes to relative paths lands there.</param>
    public static async Task<(int ExitCode, byte[] Stdout, string Stderr)> RunInAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copying = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await copying;
        return (process.ExitCode, stdout.ToArray(), await stderr);
    }

    /// <summary>No connection string from the outside, so only what the test passes counts.</summary>
    public static Dictionary<string, string?> WithoutConnection() => new()
    {
        [DatabaseLocation.ConnectionEnvironmentVariable] = null, ["ConnectionStrings__Decisions"] = null,
    };
}
