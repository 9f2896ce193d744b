using System.Net;
using System.Net.Http.Json;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Web;

/// <summary>
/// Each follow-up step from the assignment page: a valid form is recorded and shows on the assignment, case and
/// overdue pages; an invalid one names the field in Swedish and records nothing; one sent from a stale page says
/// what someone else changed meanwhile.
/// </summary>
public class AssignmentFormTests(StoryApp app) : IClassFixture<StoryApp>, IAsyncLifetime
{
    HttpClient client = null!;

    public async Task InitializeAsync() => client = await app.SignInAsync(app.Registrator);

    public Task DisposeAsync() => Task.CompletedTask;

    static string Url(string id) => $"/uppdrag/{Api.Encoded(id)}";

    [Fact]
    public async Task A_partial_report_back_is_recorded_and_shown_on_the_assignment_and_case_pages()
    {
        var page = await client.FollowAsync(await client.SubmitAsync(Url(October), "aterrapportering",
            ("typ", "del"), ("sammanfattning", "Lägesrapport om fördjupningen"), ("skal", "Delårsbokslutet behövs först"), ("andel", "60"),
            ("beslut-organ", "Hälso- och sjukvårdsnämnden"), ("beslut-datum", "2023-10-24"), ("beslut-paragraf", "")));

        page.ShouldContain("Återrapporteringen är registrerad.");
        page.ShouldContain("2023-10-24 Delrapport: Lägesrapport om fördjupningen");
        page.ShouldContain("(60 % klart)");
        page.ShouldContain("Skäl att uppdraget fortsätter: Delårsbokslutet behövs först");
        page.ShouldContain("Delrapporterat");
        page.ShouldContain("");
        (await WebPageTests.Html(client, $"/arenden/{Api.Encoded(Case570)}?per=2023-11-01")).ShouldContain("Delrapporterat");
    }

    [Fact]
    public async Task A_report_back_without_its_summary_names_the_field_in_Swedish_and_records_nothing()
    {
        var before = await WebPageTests.Html(client, Url(A46));
        var response = await client.SubmitAsync(Url(A46), "aterrapportering",
            ("typ", "slutlig"), ("sammanfattning", " "), ("beslut-organ", "Hälso- och sjukvårdsnämnden"), ("beslut-datum", "2023-13-01"));

        var page = await response.ShownAgainAsync(HttpStatusCode.BadRequest);
        page.ShouldContain("<p class=\"field-error\" id=\"aterrapportering-sammanfattning-fel\">måste fyllas i</p>");
        page.ShouldContain("<p class=\"field-error\" id=\"aterrapportering-beslut-datum-fel\">&#39;2023-13-01&#39; är inte ett datum (ÅÅÅÅ-MM-DD)</p>");
        page.ShouldContain("<details class=\"form\" id=\"aterrapportering\" open>");
        page.ShouldContain("value=\"Hälso- och sjukvårdsnämnden\"");
        FormClient.VersionIn(await WebPageTests.Html(client, Url(A46)), "aterrapportering").ShouldBe(FormClient.VersionIn(before, "aterrapportering"));
    }

    [Fact]
    public async Task Closing_cites_the_decision_and_a_decision_not_in_the_register_is_named()
    {
        var missing = await client.SubmitAsync(Url(SeptemberStaff), "avslut",
            ("beslut-organ", "Hälso- och sjukvårdsnämnden"), ("beslut-datum", "2023-09-19"), ("beslut-paragraf", "99"));
        (await missing.ShownAgainAsync(HttpStatusCode.NotFound)).ShouldContain("<p class=\"field-error\" id=\"avslut-beslut-paragraf-fel\">finns inte i registret</p>");

        var page = await client.FollowAsync(await client.SubmitAsync(Url(SeptemberStaff), "avslut",
            ("beslut-organ", "Hälso- och sjukvårdsnämnden"), ("beslut-datum", "2023-09-19"), ("beslut-paragraf", "90")));
        page.ShouldContain("Uppdraget är avslutat.");
        page.ShouldContain("Avslutat genom");
        page.ShouldContain("Hälso- och sjukvårdsnämnden 2023-09-19 § 90");
    }

    [Fact]
    public async Task A_new_deadline_moves_the_assignment_out_of_the_overdue_list_of_that_day()
    {
        (await WebPageTests.Html(client, "/forsenade?per=2023-12-01")).ShouldContain("redovisa en fördjupning av Långsiktigt arbete");

        var withoutReason = await client.SubmitAsync(Url(October), "ny-tid", ("forfaller", "2024-03-31"), ("datum", "2023-10-24"));
        (await withoutReason.ShownAgainAsync(HttpStatusCode.BadRequest)).ShouldContain("<p class=\"field-error\" id=\"ny-tid-skal-fel\">måste fyllas i</p>");

        var page = await client.FollowAsync(await client.SubmitAsync(Url(October), "ny-tid",
            ("forfaller", "2024-03-31"), ("formulering", "Tiden förlängs till 2024-03-31"), ("skal", "Nämnden förlänger tiden"), ("datum", "2023-10-24")));
        page.ShouldContain("Tiden för uppdraget ändras: Tiden förlängs till 2024-03-31 (Nämnden förlänger tiden)");
        (await WebPageTests.Html(client, "/forsenade?per=2023-12-01")).ShouldNotContain("redovisa en fördjupning av Långsiktigt arbete");
    }

    [Fact]
    public async Task A_form_from_a_stale_page_says_someone_else_changed_it_and_what_keeping_what_was_typed()
    {
        var stale = await WebPageTests.Html(client, Url(AuPlan));
        var staleVersion = FormClient.VersionIn(stale, "aterkallelse");
        await client.FollowAsync(await client.SubmitAsync(Url(AuPlan), "rattelse",
            ("uppdragstagare", "Hälso- och sjukvårdsdirektören"), ("uppgift", "återkomma med en tydlig plan för arbetet med handlingsplanerna under 2024"),
            ("formulering", "till nästkommande sammanträde"), ("skal", "Fel mottagare i protokollet"), ("datum", "2024-01-10")));

        var response = await client.PostAsync($"{Url(AuPlan)}/aterkallelse", new FormUrlEncodedContent(
            [new("version", staleVersion), new("skal", "Uppdraget behövs inte längre"), new("datum", "2024-01-15"), new("__RequestVerificationToken", Browsing.AntiforgeryToken(stale))]));

        var page = await response.ShownAgainAsync(HttpStatusCode.Conflict);
        page.ShouldContain("Någon annan har ändrat detta sedan du öppnade sidan");
        page.ShouldContain("Rättelse av uppdraget: Hälso- och sjukvårdsdirektören");
        page.ShouldContain("value=\"Uppdraget behövs inte längre\"");
        page.ShouldNotContain("Uppdraget återkallas");
    }

    [Fact]
    public async Task Withdrawing_merging_and_marking_confidential_each_go_through_the_same_commands_as_the_api()
    {
        var (first, second, third) = (await Give(7, "utreda lokalbehovet"), await Give(8, "utreda lokalbehovet i norr"), await Give(9, "redovisa hyreskostnader"));

        var merged = await client.FollowAsync(await client.SubmitAsync(Url(second), "sammanslagning",
            ("med", first), ("skal", "Hålls samman med lokaluppdraget"), ("datum", "2023-06-01")));
        merged.ShouldContain("Uppdraget är sammanslaget.");
        merged.ShouldContain("Sammanslaget med");

        var refused = await client.SubmitAsync(Url(second), "aterkallelse", ("skal", "Behövs inte"), ("datum", "2023-06-02"));
        (await refused.ShownAgainAsync(HttpStatusCode.Conflict)).ShouldContain($"Uppdraget {second} är sammanslaget med {first} och kan inte");

        var withdrawn = await client.FollowAsync(await client.SubmitAsync(Url(first), "aterkallelse", ("skal", "Behövs inte längre"), ("datum", "2023-06-02")));
        withdrawn.ShouldContain("Uppdraget återkallas: Behövs inte längre");
        withdrawn.ShouldContain("Återkallat");

        (await WebPageTests.Html(client, Url(third))).ShouldNotContain("id=\"sekretess\"");
        var administrator = await app.SignInAsync(await app.CreateAccountAsync("sekretess@exempel.se", "Sara Sekretess", "admin"));
        (await administrator.SubmitAsync(Url(third), "sekretess", ("skal", "OSL 19 kap. 1 §"), ("datum", "2023-07-01"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.CreateAnonymousClient().GetAsync(Url(third))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reader_who_has_not_signed_in_sees_no_forms_and_a_post_without_a_sign_in_records_nothing()
    {
        var anonymous = app.CreateAnonymousClient(new() { AllowAutoRedirect = false });
        var page = await WebPageTests.Html(anonymous, Url(October));
        page.ShouldNotContain("<details class=\"form\"");
        var response = await anonymous.PostAsync($"{Url(October)}/aterkallelse", new FormUrlEncodedContent([new("version", "1"), new("skal", "x"), new("datum", "2023-12-01")]));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/logga-in");
        (await WebPageTests.Html(client, Url(October))).ShouldNotContain("Uppdraget återkallas");
    }

    /// <summary>An assignment of its own for a test that ends it, given through the API on HSN 2023-05-16 § 60.</summary>
    async Task<string> Give(int clause, string task)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/assignments", new
        {
            decisionId = D60, clauseIndex = clause, givingBodyId = Hsn, caseNumber = Case570, assignee = Director, task,
            due = new { kind = "Date", text = "senast 2023-12-31", date = "2023-12-31", latest = "2023-12-31" }, givenOn = "2023-05-16",
        });
        response.EnsureSuccessStatusCode();
        return global::Decisions.Shared.StreamIds.Assignment(D60, clause);
    }
}
