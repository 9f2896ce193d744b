using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Decisions.Import;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Decisions.Tests.Import;

/// <summary>A document over the size limit is refused with 413 and a Swedish answer, in the API and on the import page, and nothing is written.</summary>
public class UploadSizeTests(DecisionsApp app) : IClassFixture<DecisionsApp>
{
    static readonly byte[] OverLimit = new byte[UploadLimits.MaxRequestBytes + 1];

    async Task<long> EventCount() => (await app.Services.GetRequiredService<IDocumentStore>().Advanced.FetchEventStoreStatistics(global::Decisions.Organisations.OrganisationIds.Default)).EventCount;

    static MultipartFormDataContent Form(byte[] bytes, string field) =>
        new() { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, field, "stor.pdf" } };

    static async Task ShouldBeTooLargeProblem(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("för stor");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("MB");
    }

    [Fact]
    public async Task An_oversized_upload_to_the_api_gives_413_as_a_body_or_as_a_form()
    {
        var before = await EventCount();
        await ShouldBeTooLargeProblem(await app.CreateClient().PostAsync("/api/imports?fileName=stor.pdf", new ByteArrayContent(OverLimit)));
        await ShouldBeTooLargeProblem(await app.CreateClient().PostAsync("/api/imports", Form(OverLimit, "file")));
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_text_file_over_the_text_limit_gives_413_naming_the_limit()
    {
        var text = Enumerable.Repeat((byte)'a', DocumentText.MaxTextBytes + 1).ToArray();
        var response = await app.CreateClient().PostAsync("/api/imports?fileName=lang.txt&dryRun=true", new ByteArrayContent(text));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString().ShouldNotBeNull().ShouldStartWith("lang.txt: filen är");
    }

    [Fact]
    public async Task An_oversized_upload_on_the_import_page_shows_the_page_again_in_swedish_with_413()
    {
        var client = await app.SignInAsync(app.Registrator);
        using var upload = Form(OverLimit, "dokument");
        upload.Add(new StringContent(Browsing.AntiforgeryToken(await client.GetStringAsync("/import"))), "__RequestVerificationToken");
        var response = await client.PostAsync("/import/forhandsgranska", upload);
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, page);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        page.ShouldContain("Dokumentet är för stort");
        page.ShouldContain("<form method=\"post\" action=\"/import/forhandsgranska\"");
    }
}

/// <summary>
/// The same limits on the real server, whose own limit (30 MB for any body) is below a document's and which must
/// answer an oversized upload rather than drop the connection under a client still sending.
/// </summary>
public class UploadSizeOverKestrelTests(UploadSizeOverKestrelTests.KestrelApp app) : IClassFixture<UploadSizeOverKestrelTests.KestrelApp>
{
    public sealed class KestrelApp : DecisionsApp
    {
        public string BaseUrl { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await CreateDatabaseAsync();
            UseKestrel(0);
            StartServer();
            await CreateRegistratorAsync();
            BaseUrl = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
    }

    HttpClient Client() => new() { BaseAddress = new Uri(app.BaseUrl), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", app.Registrator.Token) } };

    /// <summary>A body that does not say its length, as a client streaming a file sends it.</summary>
    sealed class Unsized(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task An_oversized_upload_is_answered_413_whether_it_declares_its_length_or_not()
    {
        using var client = Client();
        (await client.PostAsync("/api/imports?fileName=stor.pdf", new ByteArrayContent(new byte[UploadLimits.MaxRequestBytes + 1]))).StatusCode
            .ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await client.PostAsync("/api/imports?fileName=stor.pdf", new Unsized(new byte[UploadLimits.MaxRequestBytes + 1]))).StatusCode
            .ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_document_over_the_servers_default_limit_but_within_the_importers_is_read()
    {
        using var client = Client();
        // 35 MB of a PDF with no end: the reader, not the server, refuses it.
        var response = await client.PostAsync("/api/imports?fileName=halv.pdf&dryRun=true", new ByteArrayContent([.. "%PDF-1.7\n"u8, .. new byte[35 * 1024 * 1024]]));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldContain("halv.pdf: PDF-filen är skadad");
    }
}
