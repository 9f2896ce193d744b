using System.Net.Http.Json;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.National;
using Decisions.Organisations;
using Decisions.Reports;
using Decisions.Tests.Infrastructure;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.National;

/// <summary>
/// The national model holds what each organisation shows the public, and nothing else: the national search and overdue
/// report give what the organisation's own give, and an item marked confidential later leaves the national model.
/// </summary>
public class NationalSearchTests(StoryApp app) : IClassFixture<StoryApp>
{
    const string SecretTitle = "Åtgärder för att nå en ekonomi i balans";
    const string JuneClause = "i juni redovisa uppdatering om det pågående arbetet";
    static readonly DateOnly October1 = new(2023, 10, 1);

    NationalStore National => app.Services.GetRequiredService<NationalStore>();

    [Fact]
    public async Task The_national_model_shows_what_the_organisation_shows_the_public_and_loses_what_is_marked_confidential_later()
    {
        var client = app.CreateAnonymousClient();
        await NationalLog.CaughtUpAsync(app.ConnectionString, National);
        await SameAsTheOrganisation(client, "kostnadsminskning");
        var before = await client.GetFromJsonAsync<NationalDecisionPage>("/api/national/decisions?q=ekonomi%20i%20balans", Api.Json);
        before!.Hits.Select(h => h.DecisionId).ShouldContain(D46);
        before.Organisations.ShouldBe([new OrganisationCount(NationalStore.DefaultOrganisation, before.Total)]);
        (await client.GetFromJsonAsync<NationalDecisionPage>("/api/national/decisions?q=ekonomi%20i%20balans&organisation=annan", Api.Json))!
            .ShouldSatisfyAllConditions(p => p.Total.ShouldBe(0), p => p.Hits.ShouldBeEmpty(), p => p.Organisations.ShouldBe(before.Organisations));

        var administrator = await app.CreateAdministratorClientAsync();
        await administrator.Accept("/api/decisions/confidential", new MarkDecisionConfidential(D46, "OSL 21 kap. 1 §", May16));
        await administrator.Accept("/api/assignments/confidential", new MarkAssignmentConfidential(June, "OSL 21 kap. 1 §", May16));
        await app.FollowUpsDone();
        await NationalLog.CaughtUpAsync(app.ConnectionString, National);

        await SameAsTheOrganisation(client, "ekonomi i balans");
        await using (var session = National.Store.QuerySession())
        {
            var assignments = await session.Query<NationalAssignment>().Select(a => a.AssignmentId).ToListAsync();
            assignments.ShouldNotContain(A46);
            assignments.ShouldNotContain(June);
            assignments.ShouldContain(SeptemberStaff);
            var decisions = await session.Query<NationalDecision>().ToListAsync();
            decisions.Select(d => d.DecisionId).ShouldNotContain(D46);
            decisions.Single(d => d.DecisionId == D60).Clauses.ShouldNotContain(c => c.Contains(JuneClause));
        }
        foreach (var url in new[] { "/nationellt?q=ekonomi", "/nationellt?q=hyroberoende", "/nationellt/forsenade?per=2023-06-30", "/api/national/decisions?q=balans",
                     "/api/national/reports/overdue?asOf=2023-06-30" })
        {
            var body = await client.GetStringAsync(url);
            body.ShouldNotContain(SecretTitle, customMessage: url);
            body.ShouldNotContain(JuneClause, customMessage: url);
            body.ShouldNotContain(Api.Encoded(June), customMessage: url);
        }
    }

    [Fact]
    public async Task The_national_overdue_report_has_the_organisation_s_public_rows_with_the_organisation_as_a_facet()
    {
        var client = app.CreateAnonymousClient();
        await NationalLog.CaughtUpAsync(app.ConnectionString, National);
        var own = await client.GetFromJsonAsync<OverdueList>($"/api/reports/overdue?asOf={October1:yyyy-MM-dd}", Api.Json);
        var national = await client.GetFromJsonAsync<NationalOverdueList>($"/api/national/reports/overdue?asOf={October1:yyyy-MM-dd}", Api.Json);
        own!.Rows.ShouldNotBeEmpty();
        national!.Rows.Select(r => (r.AssignmentId, r.DaysOverdue, r.EffectiveDue)).ShouldBe(own.Rows.Select(r => (r.AssignmentId, r.DaysOverdue, r.EffectiveDue)));
        national.Organisations.ShouldBe([new OrganisationCount(NationalStore.DefaultOrganisation, own.Rows.Count)]);
        var page = await client.GetStringAsync($"/nationellt/forsenade?per={October1:yyyy-MM-dd}");
        page.ShouldContain(own.Rows[0].Task);
        // People read the organisation's name, not its id.
        page.ShouldContain($"{app.Services.GetRequiredService<OrganisationDirectory>().Default.Name}</a> ({own.Rows.Count})");
    }

    [Fact]
    public async Task Events_the_daemon_hands_over_again_are_not_taken_in_twice()
    {
        var before = await NationalLog.CaughtUpAsync(app.ConnectionString, National);
        // As after a crash between the national commit and the daemon's own: its progress in the register is behind.
        var daemon = app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var feed in new[] { NationalDecisionFeed.FeedName, NationalAssignmentFeed.FeedName })
            await daemon.RewindSubscriptionAsync(feed, CancellationToken.None, sequenceFloor: 0);
        await using (var register = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var last = (await register.AdvancedSql.QueryAsync<long>("select max(seq_id) from decisions.mt_events", CancellationToken.None)).Single();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await register.AdvancedSql.QueryAsync<long>(
                       "select coalesce(min(last_seq_id), 0) from decisions.mt_event_progression where name like 'national-%'", CancellationToken.None)).Single() < last)
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the rewound feeds did not go through the log again");
                await Task.Delay(100);
            }
        }
        (await NationalLog.CountsAsync(app.ConnectionString, National)).ShouldBe(before);
    }

    /// <summary>The national search finds, in the organisation, exactly the decisions its own public search finds.</summary>
    async Task SameAsTheOrganisation(HttpClient client, string q)
    {
        var own = await client.GetFromJsonAsync<DecisionPage>($"/api/decisions?q={Uri.EscapeDataString(q)}&pageSize=200", Api.Json);
        var national = await client.GetFromJsonAsync<NationalDecisionPage>($"/api/national/decisions?q={Uri.EscapeDataString(q)}&pageSize=200", Api.Json);
        own!.Hits.ShouldNotBeEmpty();
        national!.Hits.Select(h => h.DecisionId).Order().ShouldBe(own.Hits.Select(h => h.Id).Order(), q);
        national.Hits.ShouldAllBe(h => h.Organisation == NationalStore.DefaultOrganisation);
        national.Hits.Select(h => h.Clauses).ShouldBe(own.Hits.Select(h => h.Clauses), ignoreOrder: true);
    }
}
