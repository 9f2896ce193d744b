using System.Xml.Linq;
using Decisions.Assignments;
using Decisions.Charts;
using Decisions.Web.Charts;
using static Decisions.Tests.Charts.CaseTimelineChartTests;

namespace Decisions.Tests.Charts;

/// <summary>Month-end counts of overdue assignments per body, and the small multiples drawn from them, without a database.</summary>
public class OverdueChartTests
{
    static readonly DateOnly March31 = new(2024, 3, 31);

    static OverdueSpan Period(string from, string? until) => new(DateOnly.Parse(from), until is null ? null : DateOnly.Parse(until),
        "Regiondirektören", "uppgift", "", new(2023, 1, 1), null, new(LightColour.Red, LightCause.Overdue));

    [Fact]
    public void Month_ends_run_back_from_the_month_asked_about_whose_own_end_is_cut_at_that_day()
    {
        var days = OverdueMonths.MonthEnds(new DateOnly(2024, 5, 15), 24);
        days.Count.ShouldBe(24);
        days[0].ShouldBe(new DateOnly(2022, 6, 30));
        days[20].ShouldBe(new DateOnly(2024, 2, 29));
        days[^2].ShouldBe(new DateOnly(2024, 4, 30));
        days[^1].ShouldBe(new DateOnly(2024, 5, 15));
        OverdueMonths.MonthEnds(new DateOnly(2024, 5, 31), 2).ShouldBe([new DateOnly(2024, 4, 30), new DateOnly(2024, 5, 31)]);
    }

    [Fact]
    public void An_assignment_counts_at_each_month_end_one_of_its_periods_covers()
    {
        var days = OverdueMonths.MonthEnds(March31, 4); // 2023-12-31, 2024-01-31, 2024-02-29, 2024-03-31
        var counts = OverdueMonths.Count([
            new("x", [Period("2023-12-01", null)]),                                  // still overdue
            new("x", [Period("2024-01-10", "2024-02-15")]),                          // reported in February
            new("x", [Period("2024-02-29", "2024-03-01")]),                          // overdue for exactly the one day
            new("y", [Period("2023-10-01", "2024-01-01"), Period("2024-03-01", null)]), // extended, then overdue again
            new("z", [Period("2023-01-01", "2023-12-01")]),                          // done before the window
        ], days);

        counts.Keys.Order().ShouldBe(["x", "y"]);
        counts["x"].ShouldBe([1, 2, 2, 1]);
        counts["y"].ShouldBe([1, 0, 0, 1]);
    }

    static OverdueByMonth Data(params (string Name, int[] Counts)[] bodies) => new(
        OverdueMonths.MonthEnds(new DateOnly(2024, 5, 15), 24),
        [.. bodies.Select(b => new BodyOverdueCounts(new(b.Name.ToLowerInvariant(), b.Name), b.Counts))]);

    static int[] Rising(int to) => [.. Enumerable.Range(0, 24).Select(i => i * to / 23)];

    [Fact]
    public void The_svg_is_well_formed_named_described_with_a_panel_per_body_on_one_scale()
    {
        var data = Data(("Kulturnämnden", new int[24]), ("Hälso- och sjukvårdsnämnden", Rising(6)));
        var svg = Parse(OverdueChart.Image(data, [.. OverdueChart.InOrder(data.Bodies)]));
        svg.Attribute("role")!.Value.ShouldBe("img");
        var (title, desc) = Named(svg);
        title.ShouldBe("Försenade uppdrag per organ vid månadsslut 2022-06 – 2024-05-15");
        desc.ShouldBe("Ett litet diagram per organ, alla med skalan 0–6. Hälso- och sjukvårdsnämnden: 6 per 2024-05-15, som flest 6 (2024-05-15). "
            + "Kulturnämnden: 0 per 2024-05-15, som flest 0 (2022-06-30).");

        var panels = svg.Elements(S + "g").Where(g => (string?)g.Attribute("class") == "organ").ToList();
        // The body with most overdue now comes first; each panel names its body and its last count directly.
        panels.Select(p => p.Element(S + "text")!.Element(S + "title")!.Value).ShouldBe(["Hälso- och sjukvårdsnämnden", "Kulturnämnden"]);
        panels.Select(p => p.Elements(S + "text").Last().Value).ShouldBe(["6", "0"]);
        panels.ShouldAllBe(p => p.Elements(S + "circle").Count() == 24);
        panels[0].Elements(S + "circle").Last().Element(S + "title")!.Value.ShouldBe("2024-05-15: 6");
        // A label every half year, on January and July, in ISO.
        AxisLabels(svg, panels[0]).ShouldBe(["2022-07", "2023-01", "2023-07", "2024-01"]);
        svg.Descendants(S + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => t.Value).Take(2).ShouldBe(["6", "0"]);
    }

    [Fact]
    public void At_most_twelve_panels_and_the_table_has_every_body_with_every_month()
    {
        var data = Data([.. Enumerable.Range(1, 13).Select(i => ($"Nämnd {i:00}", Rising(i)))]);
        var figure = OverdueChart.Figure(data, new DateOnly(2024, 5, 15)).ToString();
        Parse(OverdueChart.Image(data, [.. OverdueChart.InOrder(data.Bodies).Take(12)])).Elements(S + "g").Count().ShouldBe(12);
        figure.ShouldContain("Diagrammen visar de 12 organ som har flest försenade nu; tabellen har alla 13.");
        figure.ShouldNotContain(">Nämnd 01</text>");

        var table = XElement.Parse(figure[figure.IndexOf("<table", StringComparison.Ordinal)..(figure.IndexOf("</table>", StringComparison.Ordinal) + 8)]);
        table.Element("thead")!.Descendants("th").Select(th => th.Value).ShouldBe(["Organ", .. data.Days.Select(Svg.Month)]);
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        rows.Count.ShouldBe(13);
        rows[0].Elements().Select(c => c.Value).ShouldBe(["Nämnd 13", .. Rising(13).Select(c => c.ToString())]);
    }

    [Fact]
    public void With_nothing_overdue_in_the_window_the_page_says_so_in_words()
    {
        OverdueChart.Figure(Data(), new DateOnly(2024, 5, 15)).ToString()
            .ShouldBe("<p>Inga uppdrag var försenade vid något månadsslut 2022-06 – 2024-05-15.</p>");
    }
}
