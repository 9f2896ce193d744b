using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Decisions.Benchmarks.Measurements;

/// <summary>
/// A busy office against the Release host: 16 clients for 30 s, each alternating an import of one of the fixture
/// documents (half of them importing the same document at the same moment) and a read of a page or an API answer.
/// Every answer is counted by status; the register holds if none is a 5xx (a conflict is a 409) and none fails.
/// </summary>
/// <param name="authorization">The Authorization header value writes need once sign-in is required; null sends none.</param>
public sealed class LoadBenchmark(Uri host, string? authorization, TimeSpan duration, TextWriter log)
{
    public const int Clients = 16;
    /// <summary>The issue's 30 s; the suite's smoke run takes a few seconds of it, enough to see every kind of answer.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30), SmokeDuration = TimeSpan.FromSeconds(3);

    static readonly string[] Reads =
    [
        "/api/decisions?q=ekonomi", "/api/decisions?page=2&pageSize=5", "/api/assignments", "/api/cases/HSN%2F570%2F2023",
        "/api/cases/HSN%2F570%2F2023/timeline", "/api/reports/overdue?asOf=2024-06-01", "/beslut?q=uppdrag", "/forsenade", "/",
        "/api/meetings/halso-och-sjukvardsnamndens-arbetsutskott%2F2023-11-29", "/sammantraden/halso-och-sjukvardsnamndens-arbetsutskott%2F2023-11-29",
    ];

    /// <summary>Seed 003 names neither body, date nor §: the import says them, as a secretary would.</summary>
    static string Query(string document) => document.StartsWith("003_", StringComparison.Ordinal)
        ? "&bodyName=Regionstyrelsens%20arbetsutskott&meetingDate=2024-02-13&paragraph=12"
        : "";

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var documents = Directory.GetFiles(ParserBenchmark.FixtureDirectory, "*.txt").Order()
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        using var http = Api.Client(host);
        if (authorization is not null) http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        var counts = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                string kind;
                HttpRequestMessage request;
                if (n % 2 == 0)
                {
                    // The even clients import the same document in each round; the odd ones spread over the others.
                    var (name, bytes) = documents[(n / 2 + (client % 2 == 0 ? 0 : client)) % documents.Count];
                    kind = "import";
                    request = new(HttpMethod.Post, $"/api/imports?fileName={Uri.EscapeDataString(name)}{Query(name)}")
                        { Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("text/plain") { CharSet = "utf-8" } } } };
                }
                else
                {
                    kind = "read";
                    request = new(HttpMethod.Get, Reads[(n / 2 + client) % Reads.Length]);
                }
                string outcome;
                try
                {
                    using var response = await http.SendAsync(request, ct);
                    outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    outcome = "no answer";
                }
                finally
                {
                    request.Dispose();
                }
                counts.AddOrUpdate($"{kind} {outcome}", 1, (_, c) => c + 1);
            }
        }));

        var total = counts.Values.Sum();
        var serverErrors = counts.Where(c => c.Key.EndsWith(" no answer", StringComparison.Ordinal) || c.Key.Split(' ')[1].StartsWith('5')).Sum(c => c.Value);
        var byStatus = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} × {c.Value:N0}"));
        log.WriteLine($"  load: {total:N0} requests in {clock.Elapsed.TotalSeconds:0} s: {byStatus}");
        return
        [
            new($"load: {Clients} clients, imports (also of the same document at once) and reads, {duration.TotalSeconds:0} s",
                $"{total:N0} answers ({ResultTable.Number(total / clock.Elapsed.TotalSeconds, "/s")}): {byStatus}",
                Target: "0 × 5xx, every request answered", Met: serverErrors == 0),
        ];
    }
}
