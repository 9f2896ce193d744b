using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Decisions.Bodies;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Commands;

/// <summary>
/// A follow-up is stored in the transaction of the event that causes it: a host killed outright in the middle of a stream
/// of commands loses none of them. The next host to run finds them and does them.
/// </summary>
public class CrashRecoveryTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Fact]
    public async Task A_host_killed_with_sigkill_mid_stream_leaves_no_follow_up_undone_after_a_restart()
    {
        // The database and the registrator come from the fixture; the host that takes the commands is a process of its own.
        await app.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var accepted = new List<DateOnly>();
        using (var first = await Server.StartAsync(app.ConnectionString))
        {
            var client = first.Client(app.Registrator.Token);
            (await client.PostAsJsonAsync("/api/bodies", new { name = "Kulturnämnden", kind = "Namnd", parentBodyName = (string?)null, occurredOn = "2024-01-01" }, Api.Json)).EnsureSuccessStatusCode();

            // Four writers hold meetings as fast as they can; each held meeting is to be followed by a date in the body's schedule.
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var date = new DateOnly(2024, 1, 1).AddDays(w * 2000 + i);
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/meetings",
                            new { bodyId = "kulturnamnden", details = new { date = date.ToString("yyyy-MM-dd"), start = (string?)null, end = (string?)null, place = (string?)null } }, Api.Json, stop.Token);
                        if (response.StatusCode == HttpStatusCode.OK) lock (accepted) accepted.Add(date);
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { return; }
                }
            })).ToArray();
            while (accepted.Count < 60) await Task.Delay(20);
            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using (await Server.StartAsync(app.ConnectionString))
        {
            var store = app.Services.GetRequiredService<IDocumentStore>();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            IReadOnlyList<DateOnly> scheduled = [];
            while (DateTime.UtcNow < deadline)
            {
                await using var query = store.QuerySession();
                scheduled = (await query.LoadAsync<BodyState>("kulturnamnden"))!.MeetingDates;
                if (accepted.All(scheduled.Contains)) break;
                await Task.Delay(250);
            }
            await using var letters = store.QuerySession();
            var deadLetters = await letters.AdvancedSql.QueryAsync<string>(
                "select message_type || ': ' || coalesce(exception_message, '') from decisions.wolverine_dead_letters", CancellationToken.None);
            accepted.Except(scheduled).ShouldBeEmpty($"{accepted.Count} möten togs emot före kill -9; döda brev: {string.Join(" | ", deadLetters)}");
        }
    }

    sealed class Server : IDisposable
    {
        readonly Process process;
        readonly int port;

        Server(Process process, int port) => (this.process, this.port) = (process, port);

        public static async Task<Server> StartAsync(string connectionString)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            foreach (var (name, value) in HostProcess.WithoutConnection()) start.Environment.Remove(name);
            start.Environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = connectionString;
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            var server = new Server(Process.Start(start)!, port);
            server.process.OutputDataReceived += (_, _) => { };
            server.process.ErrorDataReceived += (_, _) => { };
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

        Uri BaseAddress => new($"http://127.0.0.1:{port}");

        public HttpClient Client(string token) =>
            new() { BaseAddress = BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

        /// <summary>SIGKILL: no shutdown code runs, nothing is flushed.</summary>
        public void Kill() => process.Kill(entireProcessTree: true);

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}
