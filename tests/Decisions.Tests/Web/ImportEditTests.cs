using System.Net;
using System.Text.RegularExpressions;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Web;

/// <summary>
/// The import preview is a form: a person changes an assignment's due, removes a decision the parser misread and
/// adds the assignment it missed; what is imported is the edited preview, and the facts they changed name them.
/// </summary>
public class ImportEditTests(DecisionsApp app) : IClassFixture<DecisionsApp>, IAsyncLifetime
{
    HttpClient client = null!;

    public async Task InitializeAsync() => client = await app.SignInAsync(app.Registrator);

    public Task DisposeAsync() => Task.CompletedTask;

    static readonly string Meeting = EconomyStory.Au + "/2023-11-29";

    [Fact]
    public async Task The_edited_preview_is_what_is_imported_and_the_changed_facts_carry_the_persons_name()
    {
        var preview = await Preview(Fixture.AuMinutes2023);
        var s28 = Section(preview, "§ 28");
        var s29 = Section(preview, "§ 29");
        var s26 = Section(preview, "§ 26");
        preview.ShouldContain($"name=\"s{s26}-beslut-0-text\" value=\"ordföranden och Anna Stark");

        var response = await client.PostAsync("/import/bekrafta", new FormUrlEncodedContent(Fields(preview,
            ($"dnr-{s28}", "HSN/570/2023"),
            ($"s{s28}-uppdrag-0-datum", "2024-02-29"), ($"s{s28}-uppdrag-0-tid", "senast i februari 2024"),
            ($"s{s26}-beslut-0-bort", "on"),
            ($"s{s29}-uppdrag-0-mottagare", "Regiondirektören"), ($"s{s29}-uppdrag-0-uppgift", "ta fram färdplaner för varje förvaltning"),
            ($"s{s29}-uppdrag-0-datum", "2024-03-31"))));
        var imported = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, imported);
        imported.ShouldContain("är importerat");

        var plan = await WebPageTests.Html(client, $"/uppdrag/{Api.Encoded(Meeting + "/§28/1")}");
        plan.ShouldContain("senast i februari 2024 – 2024-02-29");
        plan.ShouldContain($"– ändrat av {app.Registrator.Name} före importen");
        var added = await WebPageTests.Html(client, $"/uppdrag/{Api.Encoded(Meeting + "/§29/1")}");
        added.ShouldContain("Uppdrag till Regiondirektören");
        (await WebPageTests.Html(client, "/forsenade?per=2024-04-05")).ShouldContain("ta fram färdplaner för varje förvaltning");
        (await WebPageTests.Html(client, $"/arenden/{Api.Encoded("HSN/570/2023")}")).ShouldContain("återkomma med en tydlig plan");

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var decision26 = await session.LoadAsync<DecisionState>(Meeting + "/§26");
        decision26!.Details.Clauses.ShouldBeEmpty();
        var given28 = (await session.Events.FetchStreamAsync(Meeting + "/§28/1")).Select(e => e.Data).OfType<AssignmentGiven>().Single();
        given28.Source!.EditedBy.ShouldBe(app.Registrator.Name);
        (await Taken(session, "§26")).Source!.EditedBy.ShouldBe(app.Registrator.Name);
        var asRead = (await Taken(session, "§27")).Source!;
        asRead.EditedBy.ShouldBeNull();
        asRead.Document.ShouldBe(Fixture.AuMinutes2023);
    }

    [Fact]
    public async Task An_edit_that_cannot_be_read_is_shown_again_beside_its_field_with_what_was_typed()
    {
        var preview = await Preview(Fixture.AuMinutes2024);
        var response = await client.PostAsync("/import/bekrafta", new FormUrlEncodedContent(Fields(preview, ("datum", "2024-04-31"), ("plats", "Rum Eken"))));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("<p class=\"field-error\" id=\"datum-fel\">&#39;2024-04-31&#39; är inte ett datum (ÅÅÅÅ-MM-DD)</p>");
        page.ShouldContain("value=\"Rum Eken\"");
        (await client.GetAsync($"/sammantraden/{Api.Encoded(EconomyStory.Au + "/2024-04-09")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static async Task<DecisionTaken> Taken(IQuerySession session, string paragraph) =>
        (await session.Events.FetchStreamAsync($"{Meeting}/{paragraph}")).Select(e => e.Data).OfType<DecisionTaken>().Single();

    async Task<string> Preview(string fixture)
    {
        using var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(Fixture.Bytes(fixture)), "dokument", fixture);
        upload.Add(new StringContent(Browsing.AntiforgeryToken(await client.GetStringAsync("/import"))), "__RequestVerificationToken");
        var response = await client.PostAsync("/import/forhandsgranska", upload);
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        return page;
    }

    /// <summary>The section index of a paragraph on the preview, by its heading.</summary>
    static int Section(string page, string heading) =>
        int.Parse(Regex.Match(page, $"<h3 id=\"stycke-(\\d+)\">{Regex.Escape(heading)} ").Groups[1].Value);

    /// <summary>Every value the preview form holds, as a browser sends it on "Importera", with the person's edits.</summary>
    static IEnumerable<KeyValuePair<string, string>> Fields(string page, params (string Name, string Value)[] typed)
    {
        var form = Regex.Match(page, "<form method=\"post\" action=\"/import/bekrafta\">(.*?)</form>", RegexOptions.Singleline).Groups[1].Value;
        var held = Regex.Matches(form, "<input [^>]*name=\"(?<name>[^\"]+)\"[^>]* value=\"(?<value>[^\"]*)\"[^>]*>")
            .Where(m => !m.Value.Contains("type=\"checkbox\""))
            .Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(Regex.Matches(form, "<select name=\"(?<name>[^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"(?<value>[^\"]*)\" selected>", RegexOptions.Singleline)
                .Select(m => (m.Groups["name"].Value, m.Groups["value"].Value)))
            .Where(f => typed.All(t => t.Name != f.Item1));
        return held.Concat(typed).Append(("atgard", "importera")).Select(f => KeyValuePair.Create(f.Item1, f.Item2));
    }
}
