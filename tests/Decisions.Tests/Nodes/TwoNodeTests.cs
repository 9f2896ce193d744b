using System.Diagnostics;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Database;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.National;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Decisions.Tests.National;
using Marten;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Xunit.Abstractions;

namespace Decisions.Tests.Nodes;

/// <summary>
/// Two host processes share one register (<c>Decisions:Nodes=many</c>) of two organisations on two PostgreSQL clusters on
/// loopback: the first organisation (and the national model) in the master database on one, the second organisation's
/// database on the other. Wolverine's leader gives each node an organisation's feeds; a node killed with SIGKILL while
/// commands keep coming has its work taken over by the other, and the national model ends up with every event of each
/// organisation's log taken in once.
/// </summary>
public class TwoNodeTests(ITestOutputHelper output)
{
    const string Subscriptions = "event-subscriptions://";
    const string B = "kommunb";
    const int NodeTimeoutSeconds = 8;

    [Fact]
    public async Task Both_nodes_get_work_and_a_node_killed_with_sigkill_has_its_work_taken_over_with_no_event_missed_or_taken_twice()
    {
        var master = await TestPostgres.NewDatabaseAsync(nameof(TwoNodeTests));
        var binaries = DatabaseLocation.FindBinaries(new ConfigurationBuilder().Build());
        await using var secondCluster = await PrivatePostgres.StartAsync(
            new PrivatePostgresOptions(binaries, Path.Combine(Path.GetTempPath(), $"decisions-{B}-{Guid.NewGuid():N}"), B, Throwaway: true));
        var environment = new Dictionary<string, string?>
        {
            [DatabaseLocation.ConnectionEnvironmentVariable] = master,
            ["Decisions__Nodes"] = "many",
            ["Decisions__NodeTimeoutSeconds"] = NodeTimeoutSeconds.ToString(),
        };
        await Run(environment, "tenants", "add", B, "--name", "Kommun B", "--connection", secondCluster.AdminConnectionString);
        (string Organisation, string Connection, string? Host, string Token)[] organisations =
        [
            (NationalStore.DefaultOrganisation, master, null, await RegistratorTokenAsync(environment, "a@exempel.se", null)),
            (B, secondCluster.AdminConnectionString, $"{B}.localhost", await RegistratorTokenAsync(environment, "b@exempel.se", B)),
        ];

        using var first = await HostServer.StartAsync(environment);
        using var second = await HostServer.StartAsync(environment);
        HostServer[] nodes = [first, second];
        try
        {
            await ShareAndFailOver(organisations, nodes, master);
        }
        catch
        {
            foreach (var (node, name) in nodes.Zip(["first", "second"]))
                output.WriteLine($"--- the {name} node's last lines ---\n{node.RecentOutput}");
            throw;
        }
    }

    async Task ShareAndFailOver((string Organisation, string Connection, string? Host, string Token)[] organisations, HostServer[] nodes, string master)
    {
        // Both nodes get work: the leader gives each organisation database's feeds to one node, and each node one database.
        var agents = await Eventually(async () =>
        {
            var running = await Task.WhenAll(nodes.Select(n => n.AgentsAsync()));
            // Each database's async work (its two national feeds, and the OParl index) goes to one node as a whole.
            return running.All(a => a.Count(u => u.StartsWith(Subscriptions) && u.Contains("/national-")) == 2) ? running : null;
        }, "each node running one organisation's two national feeds", 90);
        output.WriteLine($"first: {string.Join(", ", agents[0])}\nsecond: {string.Join(", ", agents[1])}");

        var body = StreamIds.Body("Kulturnämnden");
        foreach (var o in organisations)
            await nodes[0].Client(o.Token, o.Host).Accept("/api/bodies", new RegisterBody("Kulturnämnden", BodyKind.Namnd, null, new DateOnly(2024, 1, 1)));

        // A writer per organisation gives decisions and assignments through both nodes, as a load balancer would, until told to stop.
        using var stop = new CancellationTokenSource();
        var accepted = 0;
        var writers = organisations.Select(o => Task.Run(async () =>
        {
            var clients = nodes.Select(n => n.Client(o.Token, o.Host)).ToArray();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var date = new DateOnly(2024, 1, 2).AddDays(i);
                var meeting = StreamIds.Meeting(body, date);
                foreach (var client in (i % 2 == 0 ? clients : clients.Reverse()))
                    try
                    {
                        await client.Accept("/api/meetings", new HoldMeeting(body, new MeetingDetails(date, null, null, null)));
                        await client.Accept("/api/decisions", new TakeDecision(new DecisionDetails(body, date, 1, $"Kulturplan {date}", null, DecisionKind.Decision,
                            [$"Kulturchefen får i uppdrag att redovisa en plan {date}."], [], [], [], [], [], [])));
                        await client.Accept("/api/assignments", new GiveAssignment(StreamIds.Decision(meeting, 1), 1, body, null, "Kulturchefen",
                            $"redovisa en plan {date}", Due.OnDate(date.AddDays(30), $"senast {date.AddDays(30):yyyy-MM-dd}"), date));
                        Interlocked.Increment(ref accepted);
                        break;
                    }
                    catch (HttpRequestException) { } // the node is dead: the other takes the command
            }
        })).ToArray();

        while (Volatile.Read(ref accepted) < 20) await Task.Delay(50);
        var victim = agents[0].Any(a => a.StartsWith(Subscriptions) && a.Contains(B)) ? 0 : 1;
        var survivor = nodes[1 - victim];
        var victimsFeeds = agents[victim].Where(a => a.StartsWith(Subscriptions)).ToArray();
        var killed = Stopwatch.StartNew();
        nodes[victim].Kill();
        await Eventually(async () => await survivor.AgentsAsync() is var running && victimsFeeds.All(running.Contains) ? running : null,
            "the survivor running the dead node's feeds", 120);
        var failover = killed.Elapsed;
        output.WriteLine($"failover: {failover.TotalSeconds:F1} s after kill -9 (node timeout {NodeTimeoutSeconds} s); {accepted} assignments accepted so far");

        while (Volatile.Read(ref accepted) < 40) await Task.Delay(50);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        using var national = new NationalStore(master);
        foreach (var o in organisations)
        {
            // The dead node's stored follow-ups are done by the survivor: every held meeting reaches the body's schedule.
            await Eventually(async () => await ScalarAsync(o.Connection, $"select jsonb_array_length(data -> 'MeetingDates') from {DecisionsStore.Schema}.mt_doc_bodystate where id = '{body}'")
                == await ScalarAsync(o.Connection, $"select count(*) from {DecisionsStore.Schema}.mt_doc_meetingstate") ? "" : null, $"{o.Organisation}: a meeting left out of its body's schedule", 120);

            var counts = await NationalLog.CaughtUpAsync(o.Connection, national, o.Organisation, seconds: 120);
            output.WriteLine($"{o.Organisation}: {string.Join(", ", counts)}");
            counts.ShouldAllBe(c => c.Logged > 0);
            await using var session = await national.QuerySessionAsync(CancellationToken.None);
            long decisions = await session.Query<NationalDecision>().CountAsync(d => d.Organisation == o.Organisation),
                assignments = await session.Query<NationalAssignment>().CountAsync(a => a.Organisation == o.Organisation);
            decisions.ShouldBe(await ScalarAsync(o.Connection, $"select count(*) from {DecisionsStore.Schema}.mt_doc_decisionrecord"));
            assignments.ShouldBe(await ScalarAsync(o.Connection, $"select count(*) from {DecisionsStore.Schema}.mt_doc_assignmenthistory"));
        }
        failover.ShouldBeLessThan(TimeSpan.FromSeconds(NodeTimeoutSeconds * 4));
    }

    static async Task<string> RegistratorTokenAsync(Dictionary<string, string?> environment, string email, string? organisation)
    {
        await Run(environment, ["users", "add", email, "--name", "Rita Registrator", "--role", "registrator", .. organisation is null ? [] : new[] { "--organisation", organisation }]);
        return System.Text.Encoding.UTF8.GetString(await Run(environment, "users", "token", email)).Trim();
    }

    static async Task<byte[]> Run(Dictionary<string, string?> environment, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, arguments);
        exitCode.ShouldBe(0, $"{string.Join(' ', arguments.Take(2))}: {stderr}");
        return stdout;
    }

    static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    static async Task<T> Eventually<T>(Func<Task<T?>> probe, string what, int seconds) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } done) return done;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No {what} after {seconds} s.");
    }
}
