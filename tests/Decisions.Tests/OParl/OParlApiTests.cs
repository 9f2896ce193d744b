using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Decisions.Bodies;
using Decisions.Decisions;
using Decisions.Meetings;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.OParl;

/// <summary>The story with the people in it: HSN's members (one of whom has left) and who sat at the May meeting.</summary>
public class OParlApp : StoryApp
{
    public const string Municipality = "Region Exempel";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Decisions:OParl:Name", Municipality);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var client = CreateClient();
        await client.Accept("/api/bodies/members", new JoinMember(Hsn, "Anna Nordqvist", "M", "ordförande", false, new(2023, 1, 1)));
        await client.Accept("/api/bodies/members", new JoinMember(Hsn, "Per Lindahl", "S", null, false, new(2023, 1, 1)));
        await client.Accept("/api/bodies/members", new JoinMember(Hsn, SubstitutedMember, "M", null, false, new(2023, 1, 1)));
        await client.Accept("/api/bodies/members", new JoinMember(Hsn, Substitute, "M", null, true, new(2023, 1, 1)));
        await client.Accept("/api/bodies/members/left", new LeaveMember(Hsn, "Per Lindahl", new(2023, 12, 31)));
        await client.Accept("/api/meetings/attendance", new RecordAttendance(Meeting0516, new Attendance(
            [new("Anna Nordqvist", "M", "ordförande"), new("Per Lindahl", "S"), new(Substitute, "M", null, SubstitutedMember)],
            [new("Eva Ek", "C")], [new("Henrik Wahlström", "regiondirektör")])));
    }
}

/// <summary>
/// The OParl 1.1 API as a client meets it: from /oparl/v1/system, following every link, each object meets the
/// OParl schemas the project carries; lists page consistently and filter by when objects were created or modified.
/// </summary>
public class OParlApiTests(OParlApp app) : IClassFixture<OParlApp>
{
    const string System = "/oparl/v1/system";

    /// <summary>The OParl index is an async projection: each read first waits until it has read every committed event.</summary>
    async Task<JsonNode> Get(HttpClient client, string url)
    {
        await app.ProjectionsCaughtUp();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {body}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        // Clients in browsers on other sites may read it (spec 2.6).
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        return OParlSchemas.Parse(body);
    }

    /// <summary>Every page of a list, by its next links, checking that the pages agree with each other.</summary>
    async Task<List<JsonNode>> ReadList(HttpClient client, string url)
    {
        var items = new List<JsonNode>();
        var pageUrl = url;
        JsonNode? first = null;
        for (var page = 1; ; page++)
        {
            var list = await Get(client, pageUrl);
            first ??= list;
            var pagination = list["pagination"]!;
            ((int)pagination["currentPage"]!).ShouldBe(page, pageUrl);
            ((long)pagination["totalElements"]!).ShouldBe((long)first["pagination"]!["totalElements"]!, pageUrl);
            ((int)pagination["totalPages"]!).ShouldBe((int)first["pagination"]!["totalPages"]!, pageUrl);
            var data = list["data"]!.AsArray();
            var links = list["links"]!;
            ((string)links["first"]!).ShouldBe((string)first["links"]!["first"]!);
            ((string)links["last"]!).ShouldBe((string)first["links"]!["last"]!);
            items.AddRange(data.Select(d => d!));
            if (links["next"] is not { } next)
            {
                page.ShouldBe((int)pagination["totalPages"]!, pageUrl);
                break;
            }
            data.Count.ShouldBe((int)pagination["elementsPerPage"]!, pageUrl);
            pageUrl = (string)next!;
            ((string)(await Get(client, pageUrl))["links"]!["prev"]!).ShouldBe((string)links["self"]!);
        }
        items.Count.ShouldBe((int)(long)first["pagination"]!["totalElements"]!, url);
        items.Select(i => (string)i["id"]!).ShouldBeUnique();
        return items;
    }

    static string Key(string url) => Uri.UnescapeDataString(url.Split('/')[^1]);

    [Fact]
    public async Task Every_object_reached_from_the_system_meets_the_OParl_schemas()
    {
        var client = app.CreateAnonymousClient();
        var errors = new List<string>();
        var seen = new Dictionary<string, string>();
        var lists = new HashSet<string>();
        var queue = new Queue<(string Url, string Type)>([(client.BaseAddress + System.TrimStart('/'), "System")]);

        void Check(JsonNode o, string type, string from)
        {
            if (OParlSchemas.TypeName(o) != type) errors.Add($"{from}: a {OParlSchemas.TypeName(o)} where a {type} belongs");
            errors.AddRange(OParlSchemas.Errors(o, type));
            foreach (var link in OParlSchemas.Links(o, type)) queue.Enqueue((link.Url, link.IsList ? "list:" + link.Type : link.Type));
            foreach (var (_, inner, innerType) in OParlSchemas.Embedded(o, type))
            {
                queue.Enqueue(((string)inner["id"]!, innerType));
                foreach (var link in OParlSchemas.Links(inner, innerType)) queue.Enqueue((link.Url, link.IsList ? "list:" + link.Type : link.Type));
            }
        }

        while (queue.TryDequeue(out var next))
        {
            if (next.Type.StartsWith("list:"))
            {
                if (!lists.Add(next.Url)) continue;
                foreach (var item in await ReadList(client, next.Url)) Check(item, next.Type[5..], next.Url);
                continue;
            }
            if (seen.ContainsKey(next.Url)) continue;
            seen[next.Url] = next.Type;
            var o = await Get(client, next.Url);
            ((string)o["id"]!).ShouldBe(next.Url, "an object's id is the address it is served at");
            Check(o, next.Type, next.Url);
        }

        errors.ShouldBeEmpty();
        ((string)(await Get(client, "/oparl/v1/body"))["name"]!).ShouldBe(OParlApp.Municipality);
        seen.Values.Distinct().Order().ShouldBe(["AgendaItem", "Body", "Consultation", "Meeting", "Membership", "Organization", "Paper", "Person", "System"]);
        // Everyone in the story: HSN's members and who sat at the May meeting; the official is staff, not a person of the council.
        seen.Where(s => s.Value == "Person").Select(s => Key(s.Key)).Order()
            .ShouldBe(["anna-nordqvist", "anna-stark", "eva-ek", "lars-berg", "per-lindahl"]);
        lists.Count.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task Agenda_items_and_papers_carry_the_assignments_and_their_report_backs()
    {
        var client = app.CreateAnonymousClient();
        var item = await Get(client, $"/oparl/v1/agenda-items/{Api.Encoded(D60)}");
        ((string)item["name"]!).ShouldBe("Åtgärder för ekonomi i balans");
        ((int)item["order"]!).ShouldBe(60);
        ((string)item["consultation"]!).ShouldEndWith($"/oparl/v1/consultations/{Api.Encoded(D60)}");
        var given = item["decisions:assignments"]!.AsArray();
        given.Select(a => (string)a!["task"]!).ShouldContain("redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende");
        given.Count.ShouldBe(4);
        var june = given.Single(a => ((string)a!["id"]!).EndsWith(Api.Encoded(June)))!;
        ((string)june["status"]!).ShouldBe("closed");
        ((string)june["assignee"]!).ShouldBe(Director);
        ((string)june["due"]!).ShouldBe("2023-06-13");
        ((string)june["reports"]![0]!["summary"]!).ShouldBe("Uppdatering om hyroberoende");
        var staff = given.Single(a => ((string)a!["id"]!).EndsWith(Api.Encoded(SeptemberStaff)))!;
        ((string)staff["status"]!).ShouldBe("partlyReported");
        ((bool)staff["reports"]![0]!["complete"]!).ShouldBeFalse();

        var paper = await Get(client, $"/oparl/v1/papers/{Api.Encoded(StreamIds.Case(Case570))}");
        ((string)paper["reference"]!).ShouldBe(Case570);
        ((string)paper["name"]!).ShouldBe("Åtgärder för ekonomi i balans");
        paper["consultation"]!.AsArray().Select(c => Key((string)c!["agendaItem"]!)).ShouldBe([D46, D60, D70, D90], ignoreOrder: true);
        paper["decisions:assignments"]!.AsArray().Count.ShouldBe(5, "A46 and the four of § 60");
        ((string)paper["decisions:documents"]![0]!["name"]!).ShouldBe("Åtgärder för ekonomi i balans");
        ((string)paper["web"]!).ShouldEndWith("/arenden/HSN%2F570%2F2023");

        var meeting = await Get(client, $"/oparl/v1/meetings/{Api.Encoded(Meeting0516)}");
        ((string)meeting["start"]!).ShouldBe("2023-05-16T13:00:00+02:00");
        meeting["agendaItem"]!.AsArray().Select(a => (int)a!["order"]!).ShouldContain(60);
        meeting["participant"]!.AsArray().Count.ShouldBe(4);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_OParl_endpoints_and_their_filters()
    {
        var openApi = OParlSchemas.Parse(await app.CreateAnonymousClient().GetStringAsync("/openapi/v1.json"));
        var paths = openApi["paths"]!.AsObject();
        paths.Select(p => p.Key).Where(p => p.StartsWith("/oparl/v1/")).ShouldBe([
            "/oparl/v1/bodies", "/oparl/v1/body", "/oparl/v1/body/{list}", "/oparl/v1/memberships/{id}", "/oparl/v1/system", "/oparl/v1/{kind}/{id}"], ignoreOrder: true);
        paths["/oparl/v1/body/{list}"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!)
            .ShouldBe(["list", "organization", "created_since", "created_until", "modified_since", "modified_until", "limit", "page"], ignoreOrder: true);
    }

    [Fact]
    public async Task Lists_page_with_stable_links_that_keep_the_filters()
    {
        var client = app.CreateAnonymousClient();
        var all = await ReadList(client, "/oparl/v1/body/agenda-items");
        all.Count.ShouldBeGreaterThanOrEqualTo(7, "the seven §§ of the story");
        var since = Uri.EscapeDataString("2000-01-01T00:00:00+01:00");
        var paged = await ReadList(client, $"/oparl/v1/body/agenda-items?created_since={since}&limit=3");
        paged.Select(i => (string)i["id"]!).ShouldBe(all.Select(i => (string)i["id"]!));

        var second = await Get(client, $"/oparl/v1/body/agenda-items?created_since={since}&limit=3&page=2");
        ((int)second["pagination"]!["totalPages"]!).ShouldBe((all.Count + 2) / 3);
        ((int)second["pagination"]!["elementsPerPage"]!).ShouldBe(3);
        foreach (var (name, link) in second["links"]!.AsObject())
        {
            ((string)link!).ShouldContain($"created_since={since}", customMessage: name);
            ((string)link!).ShouldContain("limit=3", customMessage: name);
        }
        ((string)second["links"]!["last"]!).ShouldEndWith($"page={(all.Count + 2) / 3}");
        ((string)second["links"]!["first"]!).ShouldNotContain("page=");

        // A client may not expect its limit to be kept (spec 2.5): asking for more than a page holds gets a full page.
        ((int)(await Get(client, "/oparl/v1/body/agenda-items?limit=1000"))["pagination"]!["elementsPerPage"]!).ShouldBe(100);
        var bad = await client.GetAsync("/oparl/v1/body/agenda-items?modified_since=igår");
        ((int)bad.StatusCode).ShouldBe(400);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("modified_since");
    }

    [Fact]
    public async Task Created_and_modified_filters_find_what_changed_since_a_client_last_looked()
    {
        var client = app.CreateAnonymousClient();
        var existing = (await ReadList(client, "/oparl/v1/body/agenda-items")).Count;
        await Task.Delay(10);
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(10);
        var details = new DecisionDetails(Hsn, May16, 63, "Information om vårdplatser", Case570, DecisionKind.Noted,
            ["Informationen läggs till handlingarna."], [new("Anna Nordqvist", "M")], [], [], [], [], []);
        await app.CreateClient().Accept("/api/decisions", new TakeDecision(details));
        var since = Uri.EscapeDataString(before.ToString("O"));

        var created = await ReadList(client, $"/oparl/v1/body/agenda-items?created_since={since}");
        created.Select(i => (string)i["name"]!).ShouldBe(["Information om vårdplatser"]);
        var older = await ReadList(client, $"/oparl/v1/body/agenda-items?created_until={since}");
        older.Count.ShouldBe(existing);
        // The meeting now has one more agenda item and the case one more consultation: both changed, nothing else did.
        (await ReadList(client, $"/oparl/v1/body/meetings?modified_since={since}")).Select(m => (string)m["decisions:date"]!).ShouldBe(["2023-05-16"]);
        (await ReadList(client, $"/oparl/v1/body/papers?modified_since={since}")).Select(p => (string)p["reference"]!).ShouldBe([Case570]);
        (await ReadList(client, $"/oparl/v1/body/organizations?modified_since={since}")).ShouldBeEmpty();
        (await ReadList(client, $"/oparl/v1/body/consultations?created_since={since}")).Count.ShouldBe(1);
        foreach (var changed in created)
            DateTimeOffset.Parse((string)changed["modified"]!).ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
    }
}

/// <summary>The check the walk relies on can fail: the copied schemas refuse what OParl does not allow.</summary>
public class OParlSchemaCheckTests
{
    [Fact]
    public void The_schemas_refuse_a_missing_required_field_a_wrong_type_and_a_deleted_object_with_content()
    {
        OParlSchemas.Errors(OParlSchemas.Parse("""{"id": "https://x/a", "type": "https://schema.oparl.org/1.1/AgendaItem"}"""), "AgendaItem")
            .ShouldHaveSingleItem().ShouldContain("order");
        OParlSchemas.Errors(OParlSchemas.Parse("""{"id": "https://x/m", "type": "https://schema.oparl.org/1.1/Meeting", "start": "i morgon"}"""), "Meeting")
            .ShouldNotBeEmpty();
        OParlSchemas.Errors(OParlSchemas.Parse("""{"id": "https://x/m", "type": "https://schema.oparl.org/1.1/Meeting", "agendaItem": [{"id": "https://x/a", "type": "https://schema.oparl.org/1.1/AgendaItem", "order": "ett"}]}"""), "Meeting")
            .ShouldHaveSingleItem().ShouldContain("agendaItem");
        OParlSchemas.Errors(OParlSchemas.Parse("""{"id": "https://x/p", "type": "https://schema.oparl.org/1.1/Paper", "created": "2024-01-01T00:00:00+00:00", "modified": "2024-01-02T00:00:00+00:00", "deleted": true, "name": "Hemligt"}"""), "Paper")
            .ShouldHaveSingleItem().ShouldContain("name");
        OParlSchemas.Errors(OParlSchemas.Parse("""{"id": "https://x/b", "type": "https://schema.oparl.org/1.1/Body"}"""), "Body").Count.ShouldBe(6, "name and five lists");
    }
}
