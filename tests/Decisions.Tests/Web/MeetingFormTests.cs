using System.Net;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Web;

/// <summary>
/// What a secretary records on a meeting's page: an assignment the parser missed, a rättelse of a decision, of the
/// meeting's head and of its närvaro. Valid forms show on the meeting, assignment and overdue pages; invalid ones
/// name their field; a stale one says what changed.
/// </summary>
public class MeetingFormTests(DecisionsApp app) : IClassFixture<DecisionsApp>, IAsyncLifetime
{
    HttpClient client = null!;

    static readonly string Url = $"/sammantraden/{Api.Encoded(EconomyStory.Au + "/2023-11-29")}";

    public async Task InitializeAsync()
    {
        client = await app.SignInAsync(app.Registrator);
        // Importing the same minutes again adds nothing, so every test may start from them.
        (await app.CreateClient().PostAsync($"/api/imports?fileName={Fixture.AuMinutes2023}", new ByteArrayContent(Fixture.Bytes(Fixture.AuMinutes2023)))).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_assignment_added_to_a_paragraph_is_on_the_assignment_and_overdue_pages()
    {
        var invalid = await client.SubmitAsync(Url, "p29-uppdrag", ("uppdragstagare", "Regiondirektören"), ("uppgift", ""), ("forfaller", "2024-01-31"));
        (await invalid.ShownAgainAsync(HttpStatusCode.BadRequest)).ShouldContain("<p class=\"field-error\" id=\"p29-uppdrag-uppgift-fel\">måste fyllas i</p>");
        (await WebPageTests.Html(client, "/forsenade?per=2024-02-15")).ShouldNotContain("färdplaner för varje förvaltning");

        var meeting = await client.FollowAsync(await client.SubmitAsync(Url, "p29-uppdrag",
            ("uppdragstagare", "Regiondirektören"), ("uppgift", "ta fram färdplaner för varje förvaltning"), ("forfaller", "2024-01-31"), ("formulering", "senast i januari 2024")));
        meeting.ShouldContain("Uppdraget är registrerat.");

        var overdue = await WebPageTests.Html(client, "/forsenade?per=2024-02-15");
        overdue.ShouldContain("ta fram färdplaner för varje förvaltning");
        var assignment = await WebPageTests.Html(client, $"/uppdrag/{Api.Encoded(EconomyStory.Au + "/2023-11-29/§29/1")}");
        assignment.ShouldContain("Uppdrag till Regiondirektören");
        assignment.ShouldContain("senast i januari 2024 – 2024-01-31");
    }

    [Fact]
    public async Task A_decision_is_corrected_and_a_correction_from_a_stale_page_shows_the_one_made_meanwhile()
    {
        var stale = await WebPageTests.Html(client, Url);
        var page = await client.FollowAsync(await client.SubmitAsync(Url, "p27-beslut",
            ("slag", "Noted"), ("attsatser", "Informationen noteras.\nUtskottet vill följa arbetet."), ("skal", "Andra att-satsen saknades"), ("datum", "2023-12-05")));
        page.ShouldContain("Rättelsen av beslutet är registrerad.");
        page.ShouldContain("<li>Utskottet vill följa arbetet.</li>");

        var response = await client.PostAsync($"{Url}/p/27/beslut", new FormUrlEncodedContent(
            [new("version", FormClient.VersionIn(stale, "p27-beslut")), new("slag", "Noted"), new("attsatser", "Informationen noteras."), new("skal", "Fel att-sats"), new("datum", "2023-12-06"),
             new("__RequestVerificationToken", Browsing.AntiforgeryToken(stale))]));
        var conflict = await response.ShownAgainAsync(HttpStatusCode.Conflict);
        conflict.ShouldContain("Någon annan har ändrat detta sedan du öppnade sidan");
        conflict.ShouldContain("Rättelse av beslut");
        conflict.ShouldContain("Andra att-satsen saknades");
        conflict.ShouldContain(">Fel att-sats<".Replace(">", "value=\"").Replace("<", "\""));

        var nothing = await client.SubmitAsync(Url, "p27-beslut", ("slag", "Decision"), ("attsatser", ""), ("skal", "x"), ("datum", "2023-12-06"));
        (await nothing.ShownAgainAsync(HttpStatusCode.BadRequest)).ShouldContain("<p class=\"field-error\" id=\"p27-beslut-attsatser-fel\">ett beslut behöver minst en att-sats</p>");
    }

    [Fact]
    public async Task The_meetings_place_and_attendance_are_corrected_with_a_reason()
    {
        var bad = await client.SubmitAsync(Url, "rattelse", ("start", "10:00"), ("slut", "09:00"), ("plats", "Linden"), ("skal", "Fel tid"), ("datum", "2023-12-05"));
        (await bad.ShownAgainAsync(HttpStatusCode.BadRequest)).ShouldContain("<p class=\"field-error\" id=\"rattelse-slut-fel\">är inte efter starttiden</p>");

        var page = await client.FollowAsync(await client.SubmitAsync(Url, "rattelse",
            ("start", "09:00"), ("slut", "10:37"), ("plats", "Konferensrum Eken"), ("skal", "Fel rum i protokollet"), ("datum", "2023-12-05")));
        page.ShouldContain("Konferensrum Eken");

        var current = await WebPageTests.Html(client, Url);
        var spare = System.Text.RegularExpressions.Regex.Match(current, "name=\"ovriga-antal\" value=\"(\\d+)\"").Groups[1].Value;
        var row = int.Parse(spare) - 1;
        var attendance = await client.FollowAsync(await client.SubmitAsync(Url, "narvaro",
            ($"ovriga-{row}-namn", "Karin Ek"), ($"ovriga-{row}-roll", "nämndsekreterare"), ($"ovriga-{row}-paragrafer", "26-27"),
            ("ovriga-0-bort", "on"), ("skal", "Sekreteraren saknades"), ("datum", "2023-12-05")));
        attendance.ShouldContain("Närvaron är registrerad.");
        attendance.ShouldContain("Karin Ek, nämndsekreterare (§ 26, § 27)");
        attendance.ShouldContain("Peter Hansson, ekonomichef (§ 26, § 27, § 28)");
        attendance.ShouldNotContain("Åsa Thor Gustafsson, HR-chef");
    }
}
