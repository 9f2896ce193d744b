using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Import;

/// <summary>The ways a document comes in: an upload to the API, and the command line.</summary>
public class ImportEntryPointTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    async Task<long> EventCount() => (await app.Services.GetRequiredService<IDocumentStore>().Advanced.FetchEventStoreStatistics(global::Decisions.Organisations.OrganisationIds.Default)).EventCount;

    static ByteArrayContent Body(byte[] bytes, string mediaType = "text/plain") =>
        new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };

    [Fact]
    public async Task A_dry_run_upload_answers_the_preview_contract_and_writes_nothing()
    {
        var before = await EventCount();
        var response = await app.CreateClient().PostAsync($"/api/imports?dryRun=true&fileName={Fixture.AuMinutes2023}", Body(Fixture.Bytes(Fixture.AuMinutes2023)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        preview.GetProperty("documentKind").GetString().ShouldBe("protocol");
        preview.GetProperty("appealEndsOn").GetString().ShouldBe("2023-12-29");
        preview.GetProperty("paragraphs")[2].GetProperty("assignments")[0].GetProperty("due").GetProperty("kind").GetString().ShouldBe("meeting");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_multipart_upload_is_imported_once_and_a_second_upload_adds_nothing()
    {
        var api = app.CreateClient();
        async Task<JsonElement> Upload()
        {
            using var form = new MultipartFormDataContent { { Body(Fixture.Bytes(Fixture.AuMinutes2024)), "file", Fixture.AuMinutes2024 } };
            var response = await api.PostAsync("/api/imports", form);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome");
        }

        var first = await Upload();
        first.GetProperty("meetings").GetInt32().ShouldBe(1);
        first.GetProperty("source").GetString().ShouldBe(Fixture.AuMinutes2024);
        (await Upload()).GetProperty("events").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("", "tom")]
    [InlineData("\0\0\0\u0001binary\0", "binär")]
    public async Task An_unreadable_upload_gives_400_naming_the_document_and_writes_nothing(string content, string reason)
    {
        var before = await EventCount();
        var response = await app.CreateClient().PostAsync("/api/imports?fileName=dokument.txt", Body(Encoding.UTF8.GetBytes(content)));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        detail.ShouldNotBeNull().ShouldStartWith("dokument.txt");
        detail.ShouldContain(reason);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task An_upload_that_cannot_be_placed_gives_400_naming_the_document_and_what_is_missing()
    {
        var response = await app.CreateClient().PostAsync($"/api/imports?fileName={Fixture.BoardAuExtract}", Body(Fixture.Bytes(Fixture.BoardAuExtract)));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("document").GetString().ShouldBe(Fixture.BoardAuExtract);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("organ");
    }

    [Fact]
    public async Task A_meeting_date_that_is_not_a_date_is_a_swedish_400_naming_the_parameter()
    {
        var response = await app.CreateClient().PostAsync($"/api/imports?dryRun=true&meetingDate=15%20maj", Body(Fixture.Bytes(Fixture.BoardAuExtract)));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("meetingDate");
        problem.ShouldContain("är inte ett datum (ÅÅÅÅ-MM-DD)");
    }

    [Fact]
    public async Task The_command_line_dry_run_prints_only_a_json_array_of_previews()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(),
            "import", "--dry-run", "--json", FixturePath(Fixture.AuMinutes2023), FixturePath(Fixture.ReportBackReport));

        exitCode.ShouldBe(0, stderr);
        var previews = JsonDocument.Parse(stdout).RootElement;
        previews.GetArrayLength().ShouldBe(2);
        previews[1].GetProperty("documentKind").GetString().ShouldBe("officialReport");
    }

    [Fact]
    public async Task The_command_line_import_fails_with_an_exit_code_naming_the_file_that_could_not_be_imported()
    {
        var environment = HostProcess.WithoutConnection();
        environment[Database.DatabaseLocation.ConnectionEnvironmentVariable] = app.ConnectionString;
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(environment, "import", "--user", app.Registrator.Email, FixturePath(Fixture.AuMinutes2023), FixturePath(Fixture.BoardAuExtract));

        exitCode.ShouldNotBe(0);
        stderr.ShouldContain($"{Fixture.BoardAuExtract}: protokollet anger inget organ");
        Encoding.UTF8.GetString(stdout).ShouldContain("1 importerade, 1 misslyckades");
    }

    const string Notice = "KALLELSE\nKommunstyrelsen\n\nTid: 2025-10-21 kl. 08.30\n\n§ 1 Val av justerare\n§ 2 Budget 2026\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_document_the_parser_refuses_gives_422_naming_the_document_and_writes_nothing(bool dryRun)
    {
        var before = await EventCount();
        var response = await app.CreateClient().PostAsync($"/api/imports?dryRun={dryRun}&fileName=kallelse.txt", Body(Encoding.UTF8.GetBytes(Notice)));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("document").GetString().ShouldBe("kallelse.txt");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldStartWith("kallelse.txt: dokumentet ser ut att vara en kallelse");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task The_command_line_dry_run_shows_the_given_organ_date_and_paragraph()
    {
        var (exitCode, stdout, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "--dry-run", "--json",
            "--body", "Regionstyrelsens arbetsutskott", "--date", "2024-05-07", "--paragraph", "12", FixturePath(Fixture.BoardAuExtract));

        exitCode.ShouldBe(0, stderr);
        var preview = JsonDocument.Parse(stdout).RootElement[0];
        preview.GetProperty("body").GetString().ShouldBe("Regionstyrelsens arbetsutskott");
        preview.GetProperty("meetingDate").GetString().ShouldBe("2024-05-07");
        preview.GetProperty("paragraphs")[0].GetProperty("number").GetString().ShouldBe("12");
    }

    [Fact]
    public async Task The_command_line_dry_run_fails_naming_a_file_the_parser_refuses()
    {
        var notice = Path.Combine(Path.GetTempPath(), $"kallelse-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(notice, Notice);
        try
        {
            var (exitCode, _, stderr) = await HostProcess.RunAsync(HostProcess.WithoutConnection(), "import", "--dry-run", notice, FixturePath(Fixture.AuMinutes2023));
            exitCode.ShouldNotBe(0);
            stderr.ShouldContain($"{notice}: dokumentet ser ut att vara en kallelse");
        }
        finally
        {
            File.Delete(notice);
        }
    }

    static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);
}
