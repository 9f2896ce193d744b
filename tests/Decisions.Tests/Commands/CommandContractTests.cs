using System.Net;
using System.Text.Json;
using Decisions.Assignments;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Commands;

/// <summary>What every command promises before any event: 404 for unknown things, 400 for bad fields, 409 for stale versions, and safe retries.</summary>
public class CommandContractTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    static DateOnly D(string iso) => DateOnly.Parse(iso);


    static async Task<int> EventCount(DecisionsApp app, string streamId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(streamId)).Count;
    }

    [Fact]
    public async Task A_meeting_of_an_unknown_body_gives_404_naming_the_body_and_writes_nothing()
    {
        var response = await app.CreateClient().Send("/api/meetings", new HoldMeeting("okand-namnd", new MeetingDetails(D("2024-02-01"), null, null, null)));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("okand-namnd");
        (await EventCount(app, StreamIds.Meeting("okand-namnd", D("2024-02-01")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_report_back_on_an_unknown_assignment_gives_404_naming_it()
    {
        var response = await app.CreateClient().Send("/api/assignments/report-backs",
            new ReceiveReportBack("no/such/§1/1", new ReportBack(D("2024-03-01"), "x", ReportCompleteness.Partial, "")));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("no/such/§1/1");
    }

    [Fact]
    public async Task An_invalid_command_gives_400_naming_every_bad_field()
    {
        var api = app.CreateClient();
        await api.Accept("/api/bodies", new RegisterBody("Byggnadsnämnden", BodyKind.Namnd, null, D("2024-01-01")));
        var response = await api.Send("/api/meetings",
            new HoldMeeting(StreamIds.Body("Byggnadsnämnden"), new MeetingDetails(D("2024-02-01"), new TimeOnly(14, 0), new TimeOnly(13, 0), " ")));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["Details.End", "Details.Place"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_stale_expected_version_gives_409_and_writes_nothing()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Kulturnämnden");
        var before = await EventCount(app, assignment);
        var response = await api.Send($"/api/assignments/report-backs?expectedVersion={before - 1}",
            new ReceiveReportBack(assignment, new ReportBack(D("2024-03-01"), "möte", ReportCompleteness.Partial, "Aktuellt läge", "Arbetet pågår")));
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await EventCount(app, assignment)).ShouldBe(before);
    }

    [Fact]
    public async Task A_repeated_idempotency_key_gives_the_first_answer_again_and_no_new_event()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Miljönämnden");
        var report = new ReceiveReportBack(assignment, new ReportBack(D("2024-03-01"), "möte", ReportCompleteness.Partial, "Aktuellt läge", "Arbetet pågår"));

        var first = await (await api.Send("/api/assignments/report-backs", report, idempotencyKey: "rapport-1")).Content.ReadAsStringAsync();
        var count = await EventCount(app, assignment);
        var second = await api.Send("/api/assignments/report-backs", report, idempotencyKey: "rapport-1");

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).ShouldBe(first);
        (await EventCount(app, assignment)).ShouldBe(count);
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_command_is_refused()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Tekniska nämnden");
        await api.Send("/api/assignments/report-backs", new ReceiveReportBack(assignment, new ReportBack(D("2024-03-01"), "möte", ReportCompleteness.Partial, "a", "Arbetet pågår")), "nyckel");
        var other = await api.Send("/api/assignments/report-backs", new ReceiveReportBack(assignment, new ReportBack(D("2024-03-02"), "möte", ReportCompleteness.Partial, "b", "Arbetet pågår")), "nyckel");
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Twenty_concurrent_commands_on_one_assignment_each_land_or_get_409_and_none_is_lost()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Socialnämnden");
        var before = await EventCount(app, assignment);

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(day => api.Send("/api/assignments/report-backs",
            new ReceiveReportBack(assignment, new ReportBack(D("2024-03-01").AddDays(day), "möte", ReportCompleteness.Partial, $"Läget dag {day}", "Arbetet pågår")))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        var landed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        landed.ShouldBeGreaterThan(0);
        (await EventCount(app, assignment)).ShouldBe(before + landed);
    }
}
