using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Decisions.Database;
using Npgsql;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// The real host, run as its own process on a loopback port against the given database, so the measured
/// requests cross a real socket and the host's CPU and GC are not the load generator's.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    readonly Process process;

    HostProcess(Process process, Uri address, TimeSpan startup, string applicationName)
    {
        this.process = process;
        Address = address;
        Startup = startup;
        ApplicationName = applicationName;
    }

    public Uri Address { get; }

    /// <summary>What the process's database connections call themselves, so PostgreSQL's work for it can be told apart.</summary>
    public string ApplicationName { get; }

    /// <summary>The processor time the process has used so far, all its threads.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>From starting the process to the first healthy answer of /health.</summary>
    public TimeSpan Startup { get; }

    public static Task<HostProcess> StartAsync(string connectionString, CancellationToken ct) =>
        StartAsync(connectionString, HostAssembly, [], ct);

    /// <summary>Any web program of this output folder that takes --urls and answers /health, started as the host is.</summary>
    public static async Task<HostProcess> StartAsync(string connectionString, string assembly, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var applicationName = $"bench-{Path.GetFileNameWithoutExtension(assembly)}-{address.Port}";
        var labelled = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;
        var start = Prepare(labelled, assembly, [.. arguments, "--urls", address.ToString()]);

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                var exited = process.HasExited;
                process.Kill(entireProcessTree: true);
                process.Dispose();
                throw new InvalidOperationException($"The host {(exited ? "exited" : "did not become healthy")}:\n{string.Join('\n', output.TakeLast(30))}");
            }
            try
            {
                using var response = await http.GetAsync("/health", ct);
                if (response.StatusCode == HttpStatusCode.OK) return new HostProcess(process, address, clock.Elapsed, applicationName);
            }
            catch (HttpRequestException) { }
            // A first answer slower than the client's timeout (a machine busy with other work) is not yet healthy either.
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(10, ct);
        }
    }

    /// <summary>Runs one command of the host's command line to its end, as an operator would; its output is the host's stdout and stderr.</summary>
    public static async Task<string> RunCommandAsync(string connectionString, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        using var process = Process.Start(Prepare(connectionString, HostAssembly, [.. arguments])) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var output = await stdout + await stderr;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{output}");
    }

    /// <summary>
    /// The commands are sent as an integration sends them: with a registrator's token, made as an operator makes one,
    /// through the host's own command line (the account is made once per database).
    /// </summary>
    public static async Task<string> RegistratorTokenAsync(string connectionString, CancellationToken ct)
    {
        const string account = "matning@exempel.se";
        if (!(await RunCommandAsync(connectionString, ["users", "list"], ct)).Contains(account))
            await RunCommandAsync(connectionString, ["users", "add", account, "--name", "Mätningen", "--role", "registrator"], ct);
        var output = await RunCommandAsync(connectionString, ["users", "token", account, "--token-name", "mätningen"], ct);
        return System.Text.RegularExpressions.Regex.Match(output, @"dec_[A-Za-z0-9_-]+") is { Success: true } token
            ? token.Value
            : throw new InvalidOperationException($"'users token' printed no token:\n{output}");
    }

    const string HostAssembly = "Decisions.Host.dll";

    static ProcessStartInfo Prepare(string connectionString, string assembly, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, assembly), .. arguments]) start.ArgumentList.Add(a);
        start.Environment[DatabaseLocation.ConnectionEnvironmentVariable] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Console logging of every request would measure the terminal, not the register.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
