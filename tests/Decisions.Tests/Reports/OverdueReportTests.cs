using System.Net;
using System.Text;
using Decisions.Assignments;
using Decisions.Reports;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Reports;

public class OverdueReportTests(StoryApp app) : IClassFixture<StoryApp>
{
    async Task<OverdueList> Overdue(string query) => await app.CreateClient().GetJson<OverdueList>($"/api/reports/overdue?{query}");

    [Fact]
    public async Task Nothing_is_overdue_at_midsummer_because_june_was_reported_and_the_rest_is_not_yet_due()
    {
        (await Overdue("asOf=2023-06-30")).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task At_the_end_of_september_only_the_assignment_with_a_partial_report_is_overdue()
    {
        var report = await Overdue("asOf=2023-09-30");
        report.Rows.Select(r => (r.AssignmentId, r.DaysOverdue)).ShouldBe([(SeptemberStaff, 11)]);
        var row = report.Rows[0];
        row.Assignee.ShouldBe(Director);
        row.GivingBody.Name.ShouldBe("Hälso- och sjukvårdsnämnden");
        row.GivingDecision.ShouldBe(new DecisionRef(D60, May16, 60));
        row.EffectiveDue.ShouldBe(September19);
        row.DueText.ShouldBe("vid nämndens sammanträde i september");
        row.LastPartialReport!.On.ShouldBe(September19);
    }

    [Fact]
    public async Task In_january_the_october_report_that_never_came_is_overdue_too_but_not_the_au_assignment_whose_meeting_is_not_yet_known()
    {
        var report = await Overdue("asOf=2024-01-31");
        report.Rows.Select(r => (r.AssignmentId, r.DaysOverdue)).ShouldBe([(SeptemberStaff, 134), (October, 92)]);
        report.Rows.Single(r => r.AssignmentId == October).EffectiveDue.ShouldBe(new DateOnly(2023, 10, 31));
    }

    [Fact]
    public async Task The_au_assignment_reported_at_its_next_meeting_is_never_overdue()
    {
        (await Overdue("asOf=2024-04-30")).Rows.Select(r => r.AssignmentId).ShouldNotContain(AuPlan);
        (await Overdue("asOf=2024-04-30&body=Hälso- och sjukvårdsnämndens arbetsutskott")).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_by_giving_body_and_assignee()
    {
        (await Overdue("asOf=2024-01-31&assignee=regiondirektören&body=" + Hsn)).Rows.Count.ShouldBe(2);
        (await Overdue("asOf=2024-01-31&assignee=förvaltningen")).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_csv_has_a_bom_semicolons_swedish_headers_and_quotes_what_needs_quoting()
    {
        var response = await app.CreateClient().GetAsync("/api/reports/overdue?asOf=2024-01-31&format=csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("forsenade-uppdrag-2024-01-31.csv");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].ShouldBe("Uppdrag;Uppdragstagare;Uppgift;Organ;Beslut;Beslutsdatum;Paragraf;Förfaller;Förfallodag;Dagar försenat;Senaste delrapport;Delrapportens datum");
        lines[1].ShouldBe($"{SeptemberStaff};Regiondirektören;redovisa uppdatering om befintliga personalresurser och personalomsättning;Hälso- och sjukvårdsnämnden;{D60};2023-05-16;60;vid nämndens sammanträde i september;2023-09-19;134;Aktuellt läge: personalomsättningen;2023-09-19");
        lines[3].ShouldBe("");
        lines.Length.ShouldBe(4);
    }

    [Fact]
    public void A_field_with_separators_quotes_or_line_breaks_is_quoted()
    {
        var row = new OverdueRow("a", "X; Y", "säg \"hej\"\nsen", new("b", "B"), new("d", May16, null), "t", May16, 1, null);
        var text = Encoding.UTF8.GetString(OverdueFormat.Csv([row])[3..]).Split("\r\n", 2)[1];
        text.ShouldBe("a;\"X; Y\";\"säg \"\"hej\"\"\nsen\";B;d;2023-05-16;;t;2023-05-16;1;;\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_field_Excel_would_run_as_a_formula_is_written_as_text(string task)
    {
        var row = new OverdueRow("a", "X", task, new("b", "B"), new("d", May16, null), "t", May16, 1, null);
        var fields = Encoding.UTF8.GetString(OverdueFormat.Csv([row])[3..]).Split("\r\n")[1];
        fields.Split(';')[2].TrimStart('"').ShouldStartWith("'" + task[0]);
    }

    [Fact]
    public async Task A_bad_date_or_format_is_a_400_naming_the_parameter()
    {
        var client = app.CreateClient();
        var bad = await client.GetAsync("/api/reports/overdue?asOf=2023-13-01");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("\"asOf\"");
        var missing = await client.GetAsync("/api/reports/overdue");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("\"asOf\"");
        var format = await client.GetAsync("/api/reports/overdue?asOf=2024-01-31&format=pdf");
        format.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await format.Content.ReadAsStringAsync()).ShouldContain("\"format\"");
    }
}
