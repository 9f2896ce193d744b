using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Decisions.Exports;
using Decisions.Tests.Feeds;
using Decisions.Tests.Infrastructure;
using MiniExcelLibs;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Exports;

/// <summary>The register writes XLSX with the Open XML SDK; these read it back with MiniExcel, and the sheet's XML as it is.</summary>
public class SpreadsheetTests(SecretStory app) : IClassFixture<SecretStory>
{
    static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    async Task<byte[]> Download(string url, string fileName)
    {
        var response = await app.CreateAnonymousClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(fileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    static List<IDictionary<string, object?>> Rows(byte[] file) =>
        [.. new MemoryStream(file).Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];

    static List<string> Headings(byte[] file) => [.. new MemoryStream(file).GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)!.Cast<string>()];

    /// <summary>The one sheet's XML, read without any spreadsheet library.</summary>
    static XElement Sheet(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        using var stream = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/") && e.FullName.EndsWith(".xml")).Open();
        return XDocument.Load(stream).Root!;
    }

    /// <summary>Downloads the file and checks its headings, in the order given.</summary>
    async Task<(List<IDictionary<string, object?>> Rows, XElement Sheet)> Open(string url, string fileName, params string[] headings)
    {
        var file = await Download(url, fileName);
        Headings(file).ShouldBe(headings);
        return (Rows(file), Sheet(file));
    }

    [Fact]
    public async Task The_overdue_report_as_xlsx_has_swedish_headings_dates_as_dates_a_filter_and_a_frozen_header()
    {
        var (rows, sheet) = await Open("/api/reports/overdue?asOf=2024-01-31&format=xlsx", "forsenade-uppdrag-2024-01-31.xlsx",
            "Uppdrag", "Uppdragstagare", "Uppgift", "Organ", "Beslut", "Beslutsdatum", "Paragraf", "Förfaller", "Förfallodag",
            "Dagar försenat", "Senaste delrapport", "Delrapportens datum");
        rows.Select(r => r["Uppdrag"]).ShouldBe([SeptemberStaff, October]);
        rows[0]["Förfallodag"].ShouldBe(new DateTime(2023, 9, 19));
        rows[0]["Beslutsdatum"].ShouldBe(new DateTime(2023, 5, 16));
        Convert.ToInt32(rows[0]["Dagar försenat"]).ShouldBe(134);
        rows[1]["Delrapportens datum"].ShouldBeNull();

        sheet.Element(S + "autoFilter")!.Attribute("ref")!.Value.ShouldBe("A1:L3");
        var pane = sheet.Descendants(S + "pane").Single();
        (pane.Attribute("state")!.Value, pane.Attribute("ySplit")!.Value, pane.Attribute("topLeftCell")!.Value).ShouldBe(("frozen", "1", "A2"));
    }

    [Fact]
    public async Task The_register_search_as_xlsx_has_every_hit_and_nothing_confidential()
    {
        var (rows, sheet) = await Open("/api/decisions?q=kostnadsminskning&format=xlsx&pageSize=1", "beslutsregister.xlsx",
            "Beslut", "Organ", "Sammanträdesdatum", "Paragraf", "Rubrik", "Ärende", "Beslutstyp", "Beslutssatser", "Beslutande",
            "Registrerad", "Registrerad av", "Rättelser");
        rows.Select(r => r["Beslut"]).ShouldBe([D46]);
        rows[0]["Sammanträdesdatum"].ShouldBe(new DateTime(2023, 4, 18));
        rows[0]["Registrerad"].ShouldBeOfType<DateTime>();
        rows[0]["Beslutande"].ShouldBe("Anna Nordqvist (M), Per Lindahl (S)");
        sheet.Element(S + "autoFilter")!.Attribute("ref")!.Value.ShouldBe("A1:L2");

        var all = Rows(await Download($"/api/decisions?case={Api.Encoded(Case570)}&format=xlsx", "beslutsregister.xlsx"));
        all.Select(r => r["Beslut"]).ShouldBe([D90, D70, D60, D46]);
    }

    [Fact]
    public async Task The_register_search_as_csv_has_the_same_columns()
    {
        var response = await app.CreateAnonymousClient().GetAsync($"/api/decisions?case={Api.Encoded(Case570)}&format=csv");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = System.Text.Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        lines[0].ShouldBe("Beslut;Organ;Sammanträdesdatum;Paragraf;Rubrik;Ärende;Beslutstyp;Beslutssatser;Beslutande;Registrerad;Registrerad av;Rättelser");
        lines[1].ShouldStartWith($"{D90};Hälso- och sjukvårdsnämnden;2023-09-19;90;Uppföljning av resultatförbättrande åtgärder;{Case570};Beslut;");
    }

    [Fact]
    public async Task The_register_and_overdue_pages_link_the_files_of_what_they_show()
    {
        var client = app.CreateAnonymousClient();
        (await client.GetStringAsync($"/beslut?q=ekonomi&organ={Hsn}&fran=2023-01-01"))
            .ShouldContain($"href=\"/api/decisions?q=ekonomi&amp;body={Hsn}&amp;from=2023-01-01&amp;format=xlsx\"");
        (await client.GetStringAsync("/forsenade?per=2024-01-31")).ShouldContain("href=\"/api/reports/overdue?asOf=2024-01-31&amp;format=xlsx\"");
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_naming_the_parameter()
    {
        var response = await app.CreateAnonymousClient().GetAsync("/api/decisions?format=pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"format\"");
    }

    sealed record Line(string Text, DateOnly? On, long? Count);

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text_and_characters_xml_cannot_hold_are_dropped()
    {
        IReadOnlyList<Column<Line>> columns = [Column<Line>.Text("Text", l => l.Text), Column<Line>.Date("Datum", l => l.On), Column<Line>.Number("Antal", l => l.Count)];
        var file = Spreadsheet.Write("Blad: [prov]", columns, [new Line("=HYPERLINK(\"http://example.invalid\")", null, 3), new Line("sida\f2", new(2024, 2, 29), null)]);

        var rows = Rows(file);
        rows[0]["Text"].ShouldBe("=HYPERLINK(\"http://example.invalid\")");
        rows[1]["Text"].ShouldBe("sida2");
        rows[1]["Datum"].ShouldBe(new DateTime(2024, 2, 29));
        Sheet(file).Descendants(S + "f").ShouldBeEmpty();
    }
}
