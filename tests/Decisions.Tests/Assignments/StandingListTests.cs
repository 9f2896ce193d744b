using System.Net;
using System.Text.Json;
using Decisions.Assignments;
using Decisions.Reports;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using MiniExcelLibs;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Assignments;

/// <summary>The light, the status changes and "Uppföljning av uppdrag" over HTTP, on the "ekonomi i balans" story.</summary>
public class StandingListTests(StoryApp app) : IClassFixture<StoryApp>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    static string ListUrl(string body, string meeting) => $"/api/bodies/{Api.Encoded(body)}/follow-up?meeting={meeting}";

    [Fact]
    public async Task The_list_for_the_september_meeting_holds_what_was_open_before_it_and_what_was_finished_since_june()
    {
        var list = await app.CreateAnonymousClient().GetJson<StandingList>(ListUrl(Hsn, "2023-09-19"));
        list.Body.Name.ShouldBe("Hälso- och sjukvårdsnämnden");
        list.PreviousMeeting.ShouldBe(June13);
        // The day before, the register did not yet know which September meeting was meant: the end of September bounded it.
        list.Items.Select(i => (i.AssignmentId, i.Light?.Colour, i.Light?.Cause, i.FinishedOn)).ShouldBe([
            (SeptemberResults, LightColour.Green, LightCause.OnTime, null),
            (SeptemberStaff, LightColour.Green, LightCause.OnTime, null),
            (October, LightColour.Green, LightCause.OnTime, null),
            (June, null, null, June13),
        ]);
        list.Items.Single(i => i.AssignmentId == June).LastReport!.Summary.ShouldBe("Uppdatering om hyroberoende");
        list.Items[0].GivingDecision.ShouldBe(new DecisionRef(D60, May16, 60));
    }

    [Fact]
    public async Task A_month_later_the_partial_report_turned_red_with_its_reason_and_what_september_closed_is_listed_as_finished()
    {
        var list = await app.CreateAnonymousClient().GetJson<StandingList>(ListUrl("Hälso- och sjukvårdsnämnden", "2023-10-24"));
        list.PreviousMeeting.ShouldBe(September19);
        list.Items.Select(i => (i.AssignmentId, i.Light?.Colour)).ShouldBe([
            (SeptemberStaff, LightColour.Red), (October, LightColour.Yellow), (SeptemberResults, (LightColour?)null)]);
        var staff = list.Items[0];
        staff.Status.ShouldBe(AssignmentStatus.PartlyReported);
        staff.LastReport!.Completeness.ShouldBe(ReportCompleteness.Partial);
        staff.Reason.ShouldBe("Aktuellt läge: personalomsättningen");
    }

    [Fact]
    public async Task The_list_as_a_spreadsheet_has_swedish_headings_and_dates_as_dates()
    {
        var response = await app.CreateAnonymousClient().GetAsync(ListUrl(Hsn, "2023-10-24") + "&format=xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync())
            .Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        rows[0].Keys.ShouldBe(["Uppdrag", "Uppdragstagare", "Beslutsdatum", "Paragraf", "Förfaller", "Förfallodag",
            "Status", "Läge", "Skäl", "Andel klart (%)", "Senaste rapport", "Rapportens datum", "Avslutat", "Uppdrag-id"]);
        rows[0]["Läge"].ShouldBe("Röd – försenat");
        rows[0]["Status"].ShouldBe("Delrapporterat");
        rows[0]["Förfallodag"].ShouldBe(September19.ToDateTime(TimeOnly.MinValue));
    }

    [Fact]
    public async Task The_printable_page_tells_each_light_in_words_and_the_stylesheet_prints_on_a4()
    {
        var client = app.CreateAnonymousClient();
        var page = await client.GetStringAsync($"/organ/{Hsn}/uppfoljning?sammantrade=2023-10-24");
        page.ShouldContain("<h1>Uppföljning av uppdrag</h1>");
        page.ShouldContain("sedan förra sammanträdet (2023-09-19)");
        page.ShouldContain("Röd – försenat");
        page.ShouldContain("Gul – förfaller snart");
        page.ShouldContain("Aktuellt läge: personalomsättningen");
        page.ShouldContain("Avslutat <span class=\"nowrap\">2023-09-19</span>");
        page.ShouldContain("1 röd, 1 gul");
        page.ShouldContain("<option value=\"2023-10-24\" selected>");
        var css = await client.GetStringAsync("/site.css");
        css.ShouldContain("@media print");
        css.ShouldContain("size: A4");
    }

    [Fact]
    public async Task A_bad_meeting_date_names_the_parameter_and_an_unknown_body_is_not_found()
    {
        var client = app.CreateAnonymousClient();
        var bad = await client.GetAsync($"/api/bodies/{Hsn}/follow-up?meeting=2023-13-01");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("\"meeting\"");
        (await client.GetAsync("/api/bodies/ingen-sadan/follow-up")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await client.GetAsync($"/organ/{Hsn}/uppfoljning?sammantrade=igår");
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Sammanträde");
    }

    [Fact]
    public async Task A_confidential_assignment_is_never_on_the_list()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Kulturnämnden", "genomföra en Hemlig utredning");
        var body = StreamIds.Body("Kulturnämnden");
        var administrator = await app.CreateAdministratorClientAsync();
        await administrator.Accept("/api/assignments/confidential", new MarkAssignmentConfidential(assignment, "OSL 21 kap. 1 §", new(2024, 2, 1)));
        foreach (var client in new[] { api, app.CreateAnonymousClient() })
        {
            (await client.GetJson<StandingList>(ListUrl(body, "2024-03-12"))).Items.ShouldBeEmpty();
            (await client.GetStringAsync($"/organ/{body}/uppfoljning?sammantrade=2024-03-12")).ShouldNotContain("Hemlig utredning");
        }
    }

    [Fact]
    public async Task An_assignment_shows_todays_light_and_every_status_change_with_its_business_date()
    {
        var staff = await app.CreateAnonymousClient().GetJson<AssignmentAnswer>($"/api/assignments/{Api.Encoded(SeptemberStaff)}");
        staff.Light.ShouldBe(new StatusLight(LightColour.Red, LightCause.Overdue, "Aktuellt läge: personalomsättningen"));
        staff.StatusChanges.ShouldBe([
            new StatusLightChange(May16, AssignmentStatus.Given, new(LightColour.Green, LightCause.OnTime)),
            new StatusLightChange(September19, AssignmentStatus.PartlyReported, new(LightColour.Yellow, LightCause.PartlyReported, "Aktuellt läge: personalomsättningen")),
            new StatusLightChange(September19.AddDays(1), AssignmentStatus.PartlyReported, new(LightColour.Red, LightCause.Overdue, "Aktuellt läge: personalomsättningen")),
        ]);
        var closed = await app.CreateAnonymousClient().GetJson<AssignmentAnswer>($"/api/assignments/{Api.Encoded(June)}");
        closed.Light.ShouldBeNull();
        closed.StatusChanges[^1].ShouldBe(new StatusLightChange(June13, AssignmentStatus.Closed, null));

        var page = await app.CreateAnonymousClient().GetStringAsync($"/uppdrag/{Api.Encoded(SeptemberStaff)}");
        page.ShouldContain("Röd – försenat");
        page.ShouldContain("Statusändringar");
        page.ShouldContain("Gul – delrapport, fortsätter");
    }

    [Fact]
    public async Task A_reason_is_required_in_swedish_for_a_partial_report_and_an_extension_and_then_the_light_is_yellow_with_it()
    {
        var api = app.CreateClient();
        var assignment = await api.AnAssignment("Fritidsnämnden", due: Today.AddDays(60));
        var bare = await api.Send("/api/assignments/report-backs", new ReceiveReportBack(assignment, new ReportBack(Today, "möte", ReportCompleteness.Partial, "Läget")));
        bare.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bare.Content.ReadAsStringAsync()).ShouldContain("skälet till att uppdraget fortsätter");
        var noReason = await api.Send("/api/assignments/deadline-changes", new ChangeDeadline(assignment, Due.OnDate(Today.AddDays(90), "om tre månader"), " ", null, Today));
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("skälet till att uppdraget får ny tid");

        await api.Accept("/api/assignments/deadline-changes", new ChangeDeadline(assignment, Due.OnDate(Today.AddDays(90), "om tre månader"), "Väntar på remissvar", null, Today));
        var extended = await api.GetJson<AssignmentAnswer>($"/api/assignments/{Api.Encoded(assignment)}");
        extended.Light.ShouldBe(new StatusLight(LightColour.Yellow, LightCause.Extended, "Väntar på remissvar"));
        extended.Extensions.ShouldBe([new Extension(Today, "Väntar på remissvar")]);

        await api.Accept("/api/assignments/report-backs", new ReceiveReportBack(assignment, new ReportBack(Today, "möte", ReportCompleteness.Partial, "Läget", "Remissvaren dröjer", 30)));
        var reported = await api.GetJson<AssignmentAnswer>($"/api/assignments/{Api.Encoded(assignment)}");
        reported.Light.ShouldBe(new StatusLight(LightColour.Yellow, LightCause.PartlyReported, "Remissvaren dröjer"));
        reported.Progress.ShouldBe(30);
        (await api.GetJson<List<AssignmentSummary>>($"/api/assignments?body={Api.Encoded("Fritidsnämnden")}")).Single().Light!.Colour.ShouldBe(LightColour.Yellow);
    }

    [Fact]
    public async Task The_overdue_report_and_the_case_show_the_light_too()
    {
        var client = app.CreateAnonymousClient();
        (await client.GetJson<OverdueList>("/api/reports/overdue?asOf=2024-01-31")).Rows.ShouldAllBe(r => r.Light!.Colour == LightColour.Red);
        var @case = await client.GetJson<JsonElement>($"/api/cases/{Api.Encoded(Case570)}?asOf=2023-09-15");
        var october = @case.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("id").GetString() == October);
        october.GetProperty("light").GetProperty("colour").GetString().ShouldBe("Green");
        (await client.GetStringAsync($"/arenden/{Api.Encoded(Case570)}?per=2023-10-25")).ShouldContain("Gul – förfaller snart");
    }
}
