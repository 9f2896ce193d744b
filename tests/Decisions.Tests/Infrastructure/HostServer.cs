using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace Decisions.Tests.Infrastructure;

/// <summary>The real host program serving HTTP on a loopback port of its own, until it is disposed or killed.</summary>
public sealed class HostServer : IDisposable
{
    readonly Process process;
    readonly int port;
    readonly ConcurrentQueue<string> output = new();
    const int KeptLines = 400;

    HostServer(Process process, int port) => (this.process, this.port) = (process, port);

    public static Task<HostServer> StartAsync(string connectionString) =>
        StartAsync(new Dictionary<string, string?> { [Database.DatabaseLocation.ConnectionEnvironmentVariable] = connectionString });

    /// <param name="environment">Variables besides the address; no connection string from the outside counts.</param>
    public static async Task<HostServer> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var (name, value) in HostProcess.WithoutConnection().Concat(environment))
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var server = new HostServer(Process.Start(start)!, port);
        server.process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = server.BaseAddress };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
        server.Dispose();
        throw new TimeoutException("The host did not become healthy within 60 s.");
    }

    void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > KeptLines) output.TryDequeue(out _);
    }

    /// <summary>The last lines the host wrote: what a failing test shows of a process it cannot step into.</summary>
    public string RecentOutput => string.Join('\n', output);

    Uri BaseAddress => new($"http://127.0.0.1:{port}");

    /// <param name="host">The host name the request names, which chooses the organisation; the default organisation's without it.</param>
    public HttpClient Client(string? token = null, string? host = null) => new()
    {
        BaseAddress = BaseAddress,
        DefaultRequestHeaders = { Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token), Host = host },
    };

    /// <summary>The agents this node runs now, as its health answer lists them (empty when it does not answer).</summary>
    public async Task<IReadOnlyList<string>> AgentsAsync()
    {
        using var client = Client();
        try
        {
            using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
            return [.. health.RootElement.GetProperty("checks").GetProperty("node").GetProperty("data").GetProperty("agents").EnumerateArray().Select(a => a.GetString()!)];
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
