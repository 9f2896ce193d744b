using System.Xml.Linq;
using Decisions.Assignments;
using Decisions.Charts;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Decisions.Tests.Charts.CaseTimelineChartTests;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.Charts;

/// <summary>The pictures on the case and overdue pages over HTTP, from the story with one assignment under sekretess.</summary>
public class ChartPagesTests(ChartPagesTests.StoryWithSecret app) : IClassFixture<ChartPagesTests.StoryWithSecret>
{
    /// <summary>The assignment that got only a partial report in September is confidential; the october one stays public.</summary>
    public class StoryWithSecret : StoryApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession();
            session.Events.Append(SeptemberStaff, new AssignmentMarkedConfidential(SeptemberStaff, "OSL 21 kap. 1 §", new(2024, 2, 15)));
            await session.SaveChangesAsync();
        }
    }

    static XElement Svg(string page, string id)
    {
        var start = page.IndexOf($"<svg", page.IndexOf($"{id}-titel", StringComparison.Ordinal) - 400, StringComparison.Ordinal);
        return XDocument.Parse(page[start..(page.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)]).Root!;
    }

    [Fact]
    public async Task The_case_page_draws_a_row_for_each_assignment_its_table_shows_and_none_for_a_confidential_one()
    {
        var page = await Web.WebPageTests.Html(app.CreateClient(), $"/arenden/{Api.Encoded(Case570)}?per=2024-05-01");
        var svg = Svg(page, "uppdragsbild");
        Named(svg).title.ShouldBe("Uppdragen i ärendet på en tidslinje");
        var rows = svg.Elements(S + "g").Where(g => (string?)g.Attribute("class") == "uppdrag").Select(g => g.Element(S + "text")!.Element(S + "title")!.Value).ToList();
        rows.ShouldBe([
            "identifiera möjliga kostnadsminskningar och se över behovet av inhyrd personal (Regiondirektören)",
            "redovisa uppföljning av resultatförbättrande åtgärder utifrån delårsbokslutet (Regiondirektören)",
            "redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende (Regiondirektören)",
            "redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans (Regiondirektören)",
        ]);
        page.ShouldNotContain("personalresurser");
        // Drawn on the server: nothing for the browser to run.
        page.ShouldNotContain("<script");
        // The october report never came: overdue from November to the day shown, which the picture marks.
        svg.Descendants(S + "title").Select(t => t.Value).ShouldContain("Försenat 2023-11-01 – 2024-05-01");
        svg.Descendants(S + "title").Select(t => t.Value).ShouldContain("Läget per 2024-05-01");
        AxisLabels(svg).ShouldBe(["2023-05", "2023-07", "2023-09", "2023-11", "2024-01", "2024-03", "2024-05"]);
        page.ShouldContain("<li>redovisa en fördjupning av Långsiktigt arbete för ekonomi i balans (Regiondirektören): givet 2023-05-16; "
            + "förfaller 2023-10-31 (vid nämndens sammanträde i oktober); försenat 2023-11-01 – 2024-05-01.</li>");
    }

    [Fact]
    public async Task The_case_page_as_the_register_stood_at_an_earlier_instant_says_why_it_has_no_picture()
    {
        var page = await Web.WebPageTests.Html(app.CreateClient(), $"/arenden/{Api.Encoded(Case570)}?per=2024-05-01&registrerat=2030-01-01T00:00");
        page.ShouldNotContain("<svg");
        page.ShouldContain("Tidslinjen över uppdragen ritas efter registret i dag");
    }

    [Fact]
    public async Task The_overdue_page_counts_per_body_at_each_month_end_without_the_confidential_assignment()
    {
        var page = await Web.WebPageTests.Html(app.CreateClient(), "/forsenade?per=2024-05-01");
        var svg = Svg(page, "forsenade-over-tid");
        Named(svg).title.ShouldBe("Försenade uppdrag per organ vid månadsslut 2022-06 – 2024-05-01");
        svg.Elements(S + "g").Count().ShouldBe(1);
        // Only the october assignment: overdue from 2023-11-01 on; the AU's was reported at its next meeting.
        int[] october = [.. Enumerable.Repeat(0, 17), .. Enumerable.Repeat(1, 7)];
        page.ShouldContain("<tr><th scope=\"row\">Hälso- och sjukvårdsnämnden</th>" + string.Concat(october.Select(c => $"<td class=\"number\">{c}</td>")) + "</tr>");
    }

    [Fact]
    public async Task Those_who_may_see_confidential_items_count_it_and_the_last_month_agrees_with_the_overdue_list()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var asOf = new DateOnly(2024, 5, 1);
        var everything = await OverdueMonths.LoadAsync(session, asOf, CancellationToken.None, Secrecy.Everything);
        everything.Bodies.Single().Counts.ShouldBe([.. Enumerable.Repeat(0, 15), 1, 1, .. Enumerable.Repeat(2, 7)]);

        var overdue = await OverdueReport.RunAsync(session, asOf, null, null, CancellationToken.None);
        (await OverdueMonths.LoadAsync(session, asOf, CancellationToken.None)).Bodies
            .ToDictionary(b => b.Body.Id, b => b.Counts[^1])
            .ShouldBe(overdue.GroupBy(r => r.GivingBody.Id).ToDictionary(g => g.Key, g => g.Count()));
    }
}
