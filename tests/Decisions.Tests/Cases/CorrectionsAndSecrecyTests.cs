using System.Net;
using Decisions.Assignments;
using Decisions.Cases;
using Decisions.Decisions;
using Decisions.History;
using Decisions.Reports;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Cases;

/// <summary>Corrections and sekretess recorded after the story, in a database of their own.</summary>
public class CorrectionsAndSecrecyTests(CorrectionsAndSecrecyTests.CorrectedStory app) : IClassFixture<CorrectionsAndSecrecyTests.CorrectedStory>
{
    public const string NewAssignee = "Hälso- och sjukvårdsdirektören";
    public const string CorrectedClause = "Hälso- och sjukvårdsnämnden godkänner redovisad rapport med de ändringar som framförts.";

    public class CorrectedStory : StoryApp
    {
        /// <summary>The last instant at which the register still held the story as first imported.</summary>
        public DateTimeOffset BeforeCorrections { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var store = Services.GetRequiredService<IDocumentStore>();
            await using var session = store.LightweightSession();
            session.LastModifiedBy = "registrator";
            BeforeCorrections = await session.Events.QueryAllRawEvents().MaxAsync(e => e.Timestamp);
            session.Events.Append(October, new AssignmentCorrected(October, NewAssignee, "redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans",
                Due.MeetingInMonth(Hsn, 10, May16, "vid nämndens sammanträde i oktober"), "Fel uppdragstagare i importen", new(2024, 2, 15)));
            var d60 = await session.LoadAsync<DecisionState>(D60);
            session.Events.Append(D60, new DecisionCorrected(D60, DecisionKind.Decision, [CorrectedClause, .. d60!.Details.Clauses.Skip(1)], "Rättelse av protokollet", new(2024, 2, 15)));
            session.Events.Append(D45, new DecisionMarkedConfidential(D45, "OSL 21 kap. 1 §", new(2024, 2, 15)));
            session.Events.Append(A45, new AssignmentMarkedConfidential(A45, "OSL 21 kap. 1 §", new(2024, 2, 15)));
            await session.SaveChangesAsync();
        }
    }

    Task<CaseAsOf> Case570On(string date, DateTimeOffset? recordedAsOf = null) => app.CreateClient().GetJson<CaseAsOf>(
        $"/api/cases/{Api.Encoded(Case570)}?asOf={date}" + (recordedAsOf is { } at ? $"&recordedAsOf={Uri.EscapeDataString(at.ToString("O"))}" : ""));

    [Fact]
    public async Task A_corrected_assignee_shows_the_old_value_as_recorded_before_the_correction_and_the_new_one_after()
    {
        (await Case570On("2023-05-20", app.BeforeCorrections)).Assignments.Single(a => a.Id == October).Assignee.ShouldBe(Director);
        // The correction says who the assignee always was, so it applies on business dates before it was made.
        (await Case570On("2023-05-20")).Assignments.Single(a => a.Id == October).Assignee.ShouldBe(NewAssignee);
    }

    [Fact]
    public async Task A_corrected_clause_shows_the_old_text_as_recorded_before_the_correction_and_the_new_one_after()
    {
        (await Case570On("2023-05-20", app.BeforeCorrections)).Decisions.Single(d => d.Id == D60).Clauses[0].ShouldBe("Hälso- och sjukvårdsnämnden godkänner redovisad rapport.");
        (await Case570On("2023-05-20")).Decisions.Single(d => d.Id == D60).Clauses[0].ShouldBe(CorrectedClause);
        var hit = (await app.CreateClient().GetJson<DecisionPage>($"/api/decisions?case={Api.Encoded(Case570)}&from=2023-05-16&to=2023-05-16")).Hits.Single();
        hit.Clauses[0].ShouldBe(CorrectedClause);
        hit.Corrections.Single().RecordedBy.ShouldBe("registrator");
    }

    [Fact]
    public async Task The_overdue_report_names_the_corrected_assignee()
    {
        var report = await app.CreateClient().GetJson<OverdueList>("/api/reports/overdue?asOf=2024-01-31");
        report.Rows.Single(r => r.AssignmentId == October).Assignee.ShouldBe(NewAssignee);
    }

    [Fact]
    public async Task Confidential_decisions_and_assignments_are_hidden_from_every_public_view()
    {
        var client = app.CreateClient();
        (await client.GetJson<DecisionPage>("/api/decisions?q=kostnadsminskning")).Hits.Select(h => h.Id).ShouldBe([D46]);
        var case5 = await client.GetJson<CaseAsOf>($"/api/cases/{Api.Encoded(Case5)}?asOf=2023-05-20");
        (case5.Decisions.Count, case5.Assignments.Count).ShouldBe((0, 0));
        (await client.GetAsync($"/api/assignments/{Api.Encoded(A45)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetJson<List<AssignmentSummary>>("/api/assignments")).Select(a => a.Id).ShouldNotContain(A45);
    }

    [Fact]
    public async Task Every_case_read_from_the_read_models_is_on_every_day_what_a_replay_of_its_events_gives()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var cases = await session.Query<CaseStreams>().Select(c => c.Id).ToListAsync();
        cases.ShouldContain(global::Decisions.Shared.StreamIds.Case(Case570));
        foreach (var caseId in cases)
        {
            var replayed = await CaseHistory.LoadAsync(session, caseId, CancellationToken.None);
            for (var day = new DateOnly(2022, 12, 1); day <= new DateOnly(2024, 3, 1); day = day.AddDays(1))
                Json(await CaseView.AsOfAsync(session, caseId, day, CancellationToken.None)).ShouldBe(Json(replayed.AsOf(day)), $"{caseId} on {day:yyyy-MM-dd}");

            var pages = new List<LogEntry>();
            for (var skip = 0; ; skip += 3)
            {
                var page = await CaseView.TimelineAsync(session, caseId, skip, 3, CancellationToken.None);
                page.Total.ShouldBe(replayed.Timeline().Count);
                if (page.Entries.Count == 0) break;
                pages.AddRange(page.Entries);
            }
            Json(pages).ShouldBe(Json(replayed.Timeline()), caseId);
        }
    }

    static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
