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
        await MeasureAsync(http, await OfficeAsync(http, level: 2, ct), size, size.HostWarmUp, TimeSpan.Zero, ct);
        var results = new List<Result>();
        foreach (var level in ConcurrencyLevels)
        {
            var figures = await MeasureAsync(http, await OfficeAsync(http, level, ct), size, size.CommandWarmUp, size.CommandDuration, ct);
            log.WriteLine($"  {level} clients: {figures.Commands:N0} commands in {figures.Window.TotalSeconds:0.0} s, {figures.Failures} refused");
            var p99 = figures.Latencies.Percentile(99);
            results.Add(new($"commands over HTTP, {level} client{(level == 1 ? "" : "s")}", figures.Describe(),
                "2,000 cmd/s", figures.Rate / 2000, "≥ 2,000 cmd/s, p99 < 25 ms", figures.Rate >= 2000 && p99 < 25 && figures.Failures == 0));
        }
        return results;
    }

    async Task<IReadOnlyList<CommandClient>> OfficeAsync(HttpClient http, int level, CancellationToken ct)
    {
        var clients = new List<CommandClient>();
        for (var i = 0; i < level; i++)
        {
            // A meeting date no generated meeting has, different for every level and client.
            var client = CommandClient.Of(facts, level, i, new DateOnly(2030 + level, 1, 1), reportBacksOnly: false);
            await client.SetUpAsync(http, ct);
            clients.Add(client);
        }
        return clients;
    }

    /// <summary>
    /// Runs the clients together, all against one clock: what is answered before <paramref name="warmUp"/> is not counted,
    /// and each stops after <paramref name="duration"/> more or its share of the size's command budget.
    /// </summary>
    public static async Task<LevelFigures> MeasureAsync(
        HttpClient http, IReadOnlyList<CommandClient> clients, BenchmarkSize size, TimeSpan warmUp, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var perClient = Math.Max(1, size.MaxCommands / clients.Count);
        var samples = await Task.WhenAll(clients.Select(c => c.RunAsync(http, clock, warmUp, warmUp + duration, perClient, ct)));
        var measured = samples.SelectMany(s => s.Latencies).ToList();
        return new(clients.Count, measured.Count, samples.Sum(s => s.Failures), samples.Max(s => s.LastEnd) - warmUp, new Latencies(measured));
    }
}

/// <summary>What a level of closed-loop clients achieved in its measured window.</summary>
public sealed record LevelFigures(int Clients, int Commands, int Failures, TimeSpan Window, Latencies Latencies)
{
    public double Rate => Commands / Window.TotalSeconds;

    public string Describe() =>
        $"{ResultTable.Number(Rate, "cmd/s")}, p50 {ResultTable.Number(Latencies.Percentile(50), "ms")}, p99 {ResultTable.Number(Latencies.Percentile(99), "ms")}"
        + (Failures > 0 ? $", {Failures} refused" : "");
}

/// <summary>
/// One closed-loop client with assignments, a meeting and a case of its own: <paramref name="meetingDate"/> tells its
/// commands apart from every other client's, so none is a fact already recorded (which would be a no-op).
/// </summary>
public sealed class CommandClient(string meetingId, string bodyId, DateOnly meetingDate, string caseNumber, IReadOnlyList<string> assignments, bool reportBacksOnly)
{
    int paragraph, sent;

    /// <param name="firstDate">The level's first meeting date; the client's is <paramref name="index"/> days later.</param>
    /// <param name="reportBacksOnly">Only report-backs, which need no meeting or case set up first: what a minimal endpoint can answer as well.</param>
    public static CommandClient Of(HistoryFacts facts, int level, int index, DateOnly firstDate, bool reportBacksOnly)
    {
        var bodyId = facts.BodyIds[index % facts.BodyIds.Count];
        var date = firstDate.AddDays(index);
        var owned = facts.OpenAssignmentIds.Where((_, i) => i % level == index).Take(200).ToList();
        if (reportBacksOnly && owned.Count == 0)
        {
            // A history too small for one each (the suite's smoke run): clients share, and a report-back may meet a 409.
            if (facts.OpenAssignmentIds.Count == 0) throw new InvalidOperationException("The history has no open assignment to report back on.");
            owned = [facts.OpenAssignmentIds[index % facts.OpenAssignmentIds.Count]];
        }
        return new(StreamIds.Meeting(bodyId, date), bodyId, date, $"BENCH {level}-{index}", owned, reportBacksOnly);
    }

    /// <summary>The meeting and the case the client's decisions are taken at and in.</summary>
    public async Task SetUpAsync(HttpClient http, CancellationToken ct)
    {
        await http.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(meetingDate, null, null, null)), ct);
        await http.Accept("/api/cases", new OpenCase(caseNumber, "Belastningsprov", meetingDate), ct);
    }

    public sealed record Sample(List<double> Latencies, int Failures, TimeSpan LastEnd);

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

    /// <summary>
    /// Two report-backs, a deadline change and a decision, every one a new fact so none is a no-op; or report-backs
    /// only, going round the client's assignments.
    /// </summary>
    (string Path, object Command) Next()
    {
        var n = sent++;
        if (!reportBacksOnly && (assignments.Count == 0 || n % 4 == 3)) return ("/api/decisions", Decision());
        var assignment = assignments[(reportBacksOnly ? n : n / 4) % assignments.Count];
        var day = meetingDate.AddDays(1 + n);
        return !reportBacksOnly && n % 4 == 2
            ? ("/api/assignments/deadline-changes", new ChangeDeadline(assignment, Due.OnDate(day.AddYears(1), "tiden förlängs"), "Förlängd tid", null, day))
            : (ReportBackPath, new ReceiveReportBack(assignment, new ReportBack(day, meetingId, ReportCompleteness.Partial, $"Aktuellt läge {n}", "Arbetet fortsätter")));
    }

    public const string ReportBackPath = "/api/assignments/report-backs";

    TakeDecision Decision() => new(new DecisionDetails(bodyId, meetingDate, ++paragraph, "Belastningsprov", caseNumber, DecisionKind.Decision,
        ["Nämnden beslutar att godkänna redovisningen."], [new Participant("Anna Stark", "M"), new Participant("Erik Holm", "S")], [], [], [], [], []));
}
