using System.Diagnostics;
using Decisions.Assignments;
using Decisions.Benchmarks.History;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// Closed-loop clients, each sending its next command when the last one is answered, over the imported history:
/// report-backs, deadline changes and decisions in a case (which the host also files in the case). Each client
/// owns its assignments, meeting and case, so clients never contend for a stream and every command is accepted.
/// </summary>
public sealed class CommandBenchmark(Uri host, string token, HistoryFacts facts, BenchmarkSize size, TextWriter log)
{
    public static readonly int[] ConcurrencyLevels = [1, 4, 16];

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        using var http = Api.Client(host, token);
        await RunLevelAsync(http, level: 2, size.HostWarmUp, TimeSpan.Zero, ct);
        var results = new List<Result>();
        foreach (var level in ConcurrencyLevels)
        {
            var samples = await RunLevelAsync(http, level, size.CommandWarmUp, size.CommandDuration, ct);

            var measured = samples.SelectMany(s => s.Latencies).ToList();
            var failures = samples.Sum(s => s.Failures);
            var window = samples.Max(s => s.LastEnd) - size.CommandWarmUp;
            var rate = measured.Count / window.TotalSeconds;
            var latencies = new Latencies(measured);
            var p99 = latencies.Percentile(99);
            log.WriteLine($"  {level} clients: {measured.Count:N0} commands in {window.TotalSeconds:0.0} s, {failures} refused");
            results.Add(new($"commands over HTTP, {level} client{(level == 1 ? "" : "s")}",
                $"{ResultTable.Number(rate, "cmd/s")}, p50 {ResultTable.Number(latencies.Percentile(50), "ms")}, p99 {ResultTable.Number(p99, "ms")}"
                + (failures > 0 ? $", {failures} refused" : ""),
                "2,000 cmd/s", rate / 2000, "≥ 2,000 cmd/s, p99 < 25 ms", rate >= 2000 && p99 < 25 && failures == 0));
        }
        return results;
    }

    async Task<Sample[]> RunLevelAsync(HttpClient http, int level, TimeSpan warmUp, TimeSpan duration, CancellationToken ct)
    {
        var clients = new List<Client>();
        for (var i = 0; i < level; i++) clients.Add(await Client.SetUpAsync(http, facts, level, i, ct));
        var clock = Stopwatch.StartNew();
        var perClient = Math.Max(1, size.MaxCommands / level);
        return await Task.WhenAll(clients.Select(c => c.RunAsync(http, clock, warmUp, warmUp + duration, perClient, ct)));
    }

    sealed record Sample(List<double> Latencies, int Failures, TimeSpan LastEnd);

    sealed class Client(string meetingId, string bodyId, DateOnly meetingDate, string caseNumber, IReadOnlyList<string> assignments)
    {
        int paragraph, sent;

        public static async Task<Client> SetUpAsync(HttpClient http, HistoryFacts facts, int level, int index, CancellationToken ct)
        {
            var bodyId = facts.BodyIds[index % facts.BodyIds.Count];
            // A date no generated meeting has, different for every level and client.
            var date = new DateOnly(2030 + level, 1, 1).AddDays(index);
            var caseNumber = $"BENCH {level}-{index}";
            await http.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(date, null, null, null)), ct);
            await http.Accept("/api/cases", new OpenCase(caseNumber, "Belastningsprov", date), ct);
            var owned = facts.OpenAssignmentIds.Where((_, i) => i % level == index).Take(200).ToList();
            return new Client(StreamIds.Meeting(bodyId, date), bodyId, date, caseNumber, owned);
        }

        public async Task<Sample> RunAsync(HttpClient http, Stopwatch clock, TimeSpan measureFrom, TimeSpan measureTo, int max, CancellationToken ct)
        {
            var latencies = new List<double>();
            var failures = 0;
            var lastEnd = measureFrom;
            while (clock.Elapsed < measureTo && latencies.Count < max)
            {
                var (path, command) = Next();
                var started = clock.Elapsed;
                using var response = await http.Post(path, command, ct);
                var ended = clock.Elapsed;
                if (started < measureFrom) continue;
                if (response.IsSuccessStatusCode) latencies.Add((ended - started).TotalMilliseconds);
                else failures++;
                lastEnd = ended;
            }
            return new Sample(latencies, failures, lastEnd);
        }

        /// <summary>Two report-backs, a deadline change and a decision, every one a new fact so none is a no-op.</summary>
        (string Path, object Command) Next()
        {
            var n = sent++;
            if (assignments.Count == 0 || n % 4 == 3) return ("/api/decisions", Decision());
            var assignment = assignments[n / 4 % assignments.Count];
            var day = meetingDate.AddDays(1 + n);
            return n % 4 == 2
                ? ("/api/assignments/deadline-changes", new ChangeDeadline(assignment, Due.OnDate(day.AddYears(1), "tiden förlängs"), "Förlängd tid", null, day))
                : ("/api/assignments/report-backs", new ReceiveReportBack(assignment, new ReportBack(day, meetingId, ReportCompleteness.Partial, $"Aktuellt läge {n}")));
        }

        TakeDecision Decision() => new(new DecisionDetails(bodyId, meetingDate, ++paragraph, "Belastningsprov", caseNumber, DecisionKind.Decision,
            ["Nämnden beslutar att godkänna redovisningen."], [new Participant("Anna Stark", "M"), new Participant("Erik Holm", "S")], [], [], [], [], []));
    }
}
