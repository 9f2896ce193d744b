using System.Net;
using System.Net.Http.Headers;
using Decisions.Import;
using Decisions.Tests.Import;
using Decisions.Tests.Infrastructure;

namespace Decisions.Tests.Web;

/// <summary>What the pages must get right whatever the browser: encoding, Swedish answers for what is missing, the first visit.</summary>
public class WebPageTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    [Theory]
    [InlineData("/arenden/XYZ%2F1%2F2099", "Ärendet XYZ/1/2099 finns inte i registret.")]
    [InlineData("/sammantraden/nagot-organ%2F2099-01-01", "Sammanträdet nagot-organ/2099-01-01 finns inte i registret.")]
    [InlineData("/uppdrag/nagot", "Uppdraget nagot finns inte i registret.")]
    [InlineData("/finns-inte", "Det finns ingen sida på den här adressen.")]
    public async Task Unknown_cases_meetings_assignments_and_addresses_answer_404_in_Swedish(string path, string message)
    {
        var response = await app.CreateClient().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("<html lang=\"sv\">");
        page.ShouldContain("<h1>Hittades inte</h1>");
        page.ShouldContain(message);
    }

    [Fact]
    public async Task A_bad_date_is_a_400_page_naming_the_field_in_Swedish()
    {
        var response = await app.CreateClient().GetAsync("/forsenade?per=2024-13-01");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("<strong>Per</strong>: &#39;2024-13-01&#39; är inte ett datum (ÅÅÅÅ-MM-DD)");
    }

    [Fact]
    public async Task Text_from_documents_and_from_the_address_is_encoded_never_markup()
    {
        var client = app.CreateClient();
        var hostile = Fixture.Text(Fixture.AuMinutes2023)
            .Replace("Handlingsplaner för ekonomi i balans", "Handlingsplaner <script>alert(\"x\")</script> & <b>balans</b>");
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(hostile));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "dokument", "fientlig.txt");
        (await client.PostAsync("/api/imports", upload)).EnsureSuccessStatusCode();

        var meeting = await Html(client, $"/sammantraden/{Api.Encoded(EconomyStory.Au + "/2023-11-29")}");
        meeting.ShouldContain("Handlingsplaner &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;balans&lt;/b&gt;");
        meeting.ShouldNotContain("<script>");

        var search = await Html(client, "/beslut?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&person=%3Cb%3E");
        search.ShouldContain("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
        search.ShouldContain("value=\"&lt;b&gt;\"");
        search.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task Confirming_an_import_needs_the_document_the_server_kept_not_one_the_client_sends()
    {
        var response = await app.CreateClient().PostAsync("/import/bekrafta", new FormUrlEncodedContent(
            [new("token", "gissad"), new("atgard", "importera"), new("organ", "Kommunfullmäktige")]));
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Förhandsgranskningen har gått ut eller finns inte längre.");
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_host_and_the_pages_are_not_in_the_api_description()
    {
        var client = app.CreateClient();
        var start = await Html(client, "/");
        var href = System.Text.RegularExpressions.Regex.Match(start, "href=\"(/site\\.css\\?v=[0-9a-f]+)\"").Groups[1].Value;
        var css = await client.GetAsync(href);
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await client.GetStringAsync("/openapi/v1.json")).ShouldNotContain("\"/beslut\"");
    }

    internal static async Task<string> Html(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{path} answered {(int)response.StatusCode}: {page}");
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        return page;
    }
}
