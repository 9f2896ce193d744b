using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Feeds;

public class FeedTests(SecretStory app) : IClassFixture<SecretStory>
{
    static readonly XNamespace A = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as a reader gets it, parsed by a library of its own and checked for what RFC 4287 requires.</summary>
    async Task<SyndicationFeed> Feed(string url, string? host = null)
    {
        var client = app.CreateAnonymousClient();
        if (host is not null) client.DefaultRequestHeaders.Host = host;
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");

        var xml = XDocument.Load(new MemoryStream(bytes));
        var root = xml.Root!;
        root.Name.ShouldBe(A + "feed");
        foreach (var required in new[] { "id", "title", "updated", "author" }) root.Elements(A + required).Count().ShouldBe(1, required);
        root.Elements(A + "link").Count(l => (string?)l.Attribute("rel") == "self").ShouldBe(1);
        foreach (var entry in root.Elements(A + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated", "published", "summary" }) entry.Elements(A + required).Count().ShouldBe(1, required);
            entry.Elements(A + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value.ShouldStartWith("http://");
        }

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        var items = feed.Items.ToList();
        items.Select(i => i.Id).ShouldBeUnique();
        items.ShouldAllBe(i => i.Id.StartsWith("urn:uuid:"));
        // Newest first: by when the register learnt of it (to the microsecond, as it is kept), then by when it happened.
        var order = root.Elements(A + "entry")
            .Select(e => (Updated: DateTimeOffset.Parse(e.Element(A + "updated")!.Value), Published: DateTimeOffset.Parse(e.Element(A + "published")!.Value))).ToList();
        order.ShouldBe([.. order.OrderByDescending(e => e.Updated).ThenByDescending(e => e.Published)], string.Join("\n", order));
        return feed;
    }

    /// <summary>How many entries of each kind, as "aterrapportering 4, beslut 4, …".</summary>
    static string Kinds(SyndicationFeed feed) =>
        string.Join(", ", feed.Items.GroupBy(i => i.Categories.Single().Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    /// <summary>The page an entry links to, unescaped, with the § it points at.</summary>
    static string Link(SyndicationItem item) => Uri.UnescapeDataString(item.Links.Single().Uri.AbsolutePath) + item.Links.Single().Uri.Fragment;

    static void NothingOfTheSecret(SyndicationFeed feed)
    {
        feed.Items.ShouldNotContain(i => Link(i).Contains("§45") || Link(i).EndsWith("2023-04-18#p45"));
        feed.Items.ShouldNotContain(i => i.Title.Text.Contains("Månadsrapport"));
    }

    [Fact]
    public async Task A_body_feed_has_its_decisions_new_assignments_report_backs_and_overdue_days_and_nothing_confidential()
    {
        var feed = await Feed($"/flode/organ/{Hsn}");

        feed.Title.Text.ShouldBe("Hälso- och sjukvårdsnämnden: beslut och uppdrag");
        // D46, 60, 70, 90; A46 and four of § 60; the reports on A46, § 60:2, 3 and the partial on 4; § 60:4 and 5 overdue.
        Kinds(feed).ShouldBe("aterrapportering 4, beslut 4, forsenat 2, uppdrag 5");
        NothingOfTheSecret(feed);
        var decision = feed.Items.Single(i => Link(i) == $"/sammantraden/{Meeting0516}#p60");
        decision.Title.Text.ShouldBe("Beslut: Hälso- och sjukvårdsnämnden 2023-05-16 § 60 Åtgärder för ekonomi i balans");
        decision.PublishDate.ShouldBe(new DateTimeOffset(2023, 5, 16, 0, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public async Task An_overdue_entry_is_published_on_the_day_the_assignment_fell_overdue()
    {
        var feed = await Feed($"/flode/organ/{Hsn}");

        var overdue = feed.Items.Where(i => i.Categories[0].Name == "forsenat").OrderBy(i => i.PublishDate).ToList();
        overdue.Select(i => (Link(i), i.PublishDate.Date)).ShouldBe([
            ($"/uppdrag/{SeptemberStaff}", new DateTime(2023, 9, 20)),
            ($"/uppdrag/{October}", new DateTime(2023, 11, 1))]);
        overdue[0].Title.Text.ShouldBe("Försenat uppdrag för Regiondirektören: redovisa uppdatering om befintliga personalresurser och personalomsättning");
        ((TextSyndicationContent)overdue[0].Summary).Text.ShouldContain("vid nämndens sammanträde i september (2023-09-19)");
    }

    [Fact]
    public async Task A_day_that_has_not_come_is_not_yet_overdue()
    {
        var feed = await Feed($"/flode/organ/{Au}");

        feed.Items.ShouldContain(i => i.Title.Text == $"Nytt uppdrag till förvaltningen: {SecretStory.FutureTask}");
        Kinds(feed).ShouldNotContain("forsenat");
        Kinds(feed).ShouldContain("beslut 3");
    }

    [Fact]
    public async Task An_assignee_feed_follows_every_assignment_given_to_them_whatever_the_case_of_the_name()
    {
        var feed = await Feed($"/flode/uppdragstagare/{Uri.EscapeDataString("regiondirektören")}");

        Kinds(feed).ShouldBe("aterrapportering 4, forsenat 2, uppdrag 5");
        NothingOfTheSecret(feed);
        var report = feed.Items.Single(i => i.Title.Text.StartsWith("Delrapport"));
        report.Title.Text.ShouldBe("Delrapport från Regiondirektören: Aktuellt läge: personalomsättningen");
        report.PublishDate.Date.ShouldBe(new DateTime(2023, 9, 19));
    }

    [Fact]
    public async Task A_case_feed_has_the_case_and_a_case_of_only_secrets_has_an_empty_feed()
    {
        var feed = await Feed($"/flode/arenden/{Api.Encoded(Case570)}");
        Kinds(feed).ShouldBe("aterrapportering 4, beslut 4, forsenat 2, uppdrag 5");
        feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath.ShouldBe($"/arenden/{Api.Encoded(Case570)}");

        (await Feed($"/flode/arenden/{Api.Encoded(Case5)}")).Items.ShouldBeEmpty();
        (await app.CreateAnonymousClient().GetAsync($"/flode/arenden/{Api.Encoded("HSN/1/1999")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateAnonymousClient().GetAsync("/flode/organ/kulturnamnden")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_search_feed_takes_the_register_pages_filters_and_leaves_out_what_a_confidential_decision_gave()
    {
        var feed = await Feed("/flode/beslut?q=kostnadsminskning");

        feed.Items.Select(i => (i.Categories[0].Name, Link(i))).OrderBy(x => x.Name).ShouldBe([
            ("aterrapportering", $"/uppdrag/{A46}"), ("beslut", $"/sammantraden/{StreamIds.Meeting(Hsn, April18)}#p46"), ("uppdrag", $"/uppdrag/{A46}")]);
        NothingOfTheSecret(feed);

        var narrowed = await Feed($"/flode/beslut?organ={Hsn}&fran=2023-06-01&till=2023-12-31");
        Kinds(narrowed).ShouldBe("beslut 2");
        (await app.CreateAnonymousClient().GetAsync("/flode/beslut?fran=igår")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Entry_ids_stay_the_same_across_requests_and_host_names()
    {
        var first = await Feed($"/flode/organ/{Hsn}");
        var again = await Feed($"/flode/organ/{Hsn}", host: "beslut.exempel.se");

        again.Items.Select(i => i.Id).ShouldBe(first.Items.Select(i => i.Id));
        again.Items.First().Links.Single().Uri.Host.ShouldBe("beslut.exempel.se");
        // The entries of a body are the same events in the case and assignee feeds, under the same ids.
        var assignee = await Feed($"/flode/uppdragstagare/{Uri.EscapeDataString(Director)}");
        assignee.Items.Select(i => i.Id).ShouldBeSubsetOf(first.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Pages_announce_their_feeds_and_the_feed_page_lists_bodies_and_assignees()
    {
        var client = app.CreateAnonymousClient();
        var register = await client.GetStringAsync("/beslut?q=ekonomi&organ=" + Hsn);
        register.ShouldContain($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Beslutsregistret: sökningen\" href=\"/flode/beslut?q=ekonomi&amp;organ={Hsn}\">");
        var casePage = await client.GetStringAsync($"/arenden/{Api.Encoded(Case570)}");
        casePage.ShouldContain($"href=\"/flode/arenden/{Api.Encoded(Case570)}\"");

        var index = await client.GetStringAsync("/flode");
        index.ShouldContain($"href=\"/flode/organ/{Hsn}\"");
        index.ShouldContain($"href=\"/flode/uppdragstagare/{Uri.EscapeDataString(Director)}\"");
        index.ShouldContain($"href=\"/flode/uppdragstagare/f%C3%B6rvaltningen\"");
    }
}
