using System.Net;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Commands;

/// <summary>Sixteen people writing at once, to one stream and across two: every answer is 200 or 409, and every 200 is in the log.</summary>
public class ConcurrentWritersTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    static readonly DateOnly Day = new(2024, 3, 5);

    async Task<string[]> TwoAssignments(HttpClient api, string body)
    {
        await api.Accept("/api/bodies", new RegisterBody(body, BodyKind.Namnd, null, Day));
        var bodyId = StreamIds.Body(body);
        await api.Accept("/api/meetings", new HoldMeeting(bodyId, new MeetingDetails(Day, null, null, null)));
        var decisionId = StreamIds.Decision(StreamIds.Meeting(bodyId, Day), 1);
        await api.Accept("/api/decisions", new TakeDecision(new DecisionDetails(bodyId, Day, 1, "Uppdrag", null, DecisionKind.Decision,
            ["att uppdra åt förvaltningen att utreda", "att uppdra åt förvaltningen att redovisa"], [], [], [], [], [], [])));
        foreach (var clause in new[] { 1, 2 })
            await api.Accept("/api/assignments", new GiveAssignment(decisionId, clause, bodyId, null, "Förvaltningen", $"uppgift {clause}",
                Due.OnDate(Day.AddMonths(6), "senast om ett halvår"), Day));
        return [StreamIds.Assignment(decisionId, 1), StreamIds.Assignment(decisionId, 2)];
    }

    async Task<(int Accepted, int Conflicts, List<string> Errors)> Write(Func<int, int, (string Path, object Command)> command)
    {
        var (accepted, conflicts, errors) = (0, 0, new List<string>());
        await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
        {
            using var api = app.CreateClient();
            for (var n = 0; n < 10; n++)
            {
                var (path, body) = command(writer, n);
                var response = await api.Send(path, body);
                var text = await response.Content.ReadAsStringAsync();
                lock (errors)
                    if (response.StatusCode == HttpStatusCode.OK) accepted++;
                    else if (response.StatusCode == HttpStatusCode.Conflict) conflicts++;
                    else errors.Add($"{(int)response.StatusCode} {path}: {text}");
            }
        })));
        return (accepted, conflicts, errors);
    }

    async Task<int> ReportsOn(params string[] assignmentIds)
    {
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var count = 0;
        foreach (var id in assignmentIds) count += (await query.Events.FetchStreamAsync(id)).Count(e => e.Data is ReportBackReceived);
        return count;
    }

    static ReceiveReportBack Report(string assignmentId, int writer, int n) =>
        new(assignmentId, new ReportBack(Day.AddDays(1 + writer * 10 + n), $"skrivare {writer}", ReportCompleteness.Partial, $"delrapport {n}", "Arbetet pågår"));

    [Fact]
    public async Task Sixteen_writers_on_one_stream_get_no_server_error_and_lose_no_event()
    {
        var api = app.CreateClient();
        var one = await TwoAssignments(api, "Tekniska nämnden");

        var (accepted, conflicts, errors) = await Write((w, n) => ("/api/assignments/report-backs", Report(one[0], w, n)));

        errors.ShouldBeEmpty();
        (accepted + conflicts).ShouldBe(160);
        (await ReportsOn(one[0])).ShouldBe(accepted);
    }

    [Fact]
    public async Task Sixteen_writers_crossing_two_streams_get_no_server_error_and_lose_no_event()
    {
        var api = app.CreateClient();
        var both = await TwoAssignments(api, "Kultur- och fritidsnämnden");

        // Half the writers go A, B, A, …; the other half B, A, B, …
        var (accepted, conflicts, errors) = await Write((w, n) => ("/api/assignments/report-backs", Report(both[(w + n) % 2], w, n)));

        errors.ShouldBeEmpty();
        (accepted + conflicts).ShouldBe(160);
        (await ReportsOn(both)).ShouldBe(accepted);
    }
}
