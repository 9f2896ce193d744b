using System.Xml.Linq;
using Decisions.Assignments;
using Decisions.Charts;
using Decisions.Events;
using Decisions.Shared;
using Decisions.Web.Charts;

namespace Decisions.Tests.Charts;

/// <summary>A case's assignments as timeline rows, and the SVG drawn from them, without a database.</summary>
public class CaseTimelineChartTests
{
    internal static readonly XNamespace S = "http://www.w3.org/2000/svg";
    const string Body = "hsn", Id = "hsn/2023-05-16/§60/4";
    static readonly DateOnly May16 = new(2023, 5, 16);

    /// <summary>
    /// Given in May, due at the September meeting (19th), a partial report that day, the time extended to the end of
    /// the year on 1 November, reported in full on 15 January and closed on 10 February.
    /// </summary>
    static IReadOnlyList<Stood<AssignmentState>> Extended(string task = "redovisa personalresurser och personalomsättning") => Fold(
        new AssignmentGiven(Id, "hsn/2023-05-16/§60", Body, "HSN/570/2023", "Regiondirektören", task,
            Due.MeetingInMonth(Body, 9, May16, "vid nämndens sammanträde i september"), May16),
        new DueResolved(Id, "hsn/2023-09-19", new(2023, 9, 19), new(2023, 5, 20)),
        new ReportBackReceived(Id, new ReportBack(new(2023, 9, 19), "hsn/2023-09-19", ReportCompleteness.Partial, "Aktuellt läge")),
        new DeadlineChanged(Id, Due.OnDate(new(2023, 12, 31), "förlängs till 2023-12-31"), "Mer tid", null, new(2023, 11, 1)),
        new ReportBackReceived(Id, new ReportBack(new(2024, 1, 15), "hsn/2024-01-15", ReportCompleteness.Complete, "Redovisning")),
        new AssignmentClosed(Id, "hsn/2024-02-10/§12", new(2024, 2, 10)));

    static IReadOnlyList<Stood<AssignmentState>> Fold(params IDomainEvent[] events) =>
        events.Aggregate(Timeline.Empty<AssignmentState>(), Timeline.Next);

    static readonly DateOnly March1 = new(2024, 3, 1);

    [Fact]
    public void A_row_has_every_date_and_the_overdue_stretches_the_domain_gives()
    {
        var row = CaseTimeline.Row(Extended(), March1)!;
        row.Given.ShouldBe(May16);
        row.Due.ShouldBe(new DateOnly(2023, 12, 31));
        row.Reports.ShouldBe([new ReportMark(new(2023, 9, 19), false), new ReportMark(new(2024, 1, 15), true)]);
        row.Status.ShouldBe(AssignmentStatus.Closed);
        row.FinishedOn.ShouldBe(new DateOnly(2024, 2, 10));
        // Overdue after the September meeting until the extension, and again from New Year until the full report.
        row.Overdue.ShouldBe([new DateSpan(new(2023, 9, 20), new(2023, 10, 31)), new DateSpan(new(2024, 1, 1), new(2024, 1, 14))]);
    }

    [Fact]
    public void On_an_earlier_day_the_row_shows_only_what_had_happened_and_an_open_stretch_ends_that_day()
    {
        var row = CaseTimeline.Row(Extended(), new DateOnly(2023, 10, 15))!;
        row.Due.ShouldBe(new DateOnly(2023, 9, 19));
        row.Reports.ShouldBe([new ReportMark(new(2023, 9, 19), false)]);
        row.FinishedOn.ShouldBeNull();
        row.Status.ShouldBe(AssignmentStatus.PartlyReported);
        row.Overdue.ShouldBe([new DateSpan(new(2023, 9, 20), new(2023, 10, 15))]);
        CaseTimeline.Row(Extended(), new DateOnly(2023, 5, 15)).ShouldBeNull();
    }

    [Fact]
    public void The_svg_is_well_formed_named_described_and_has_a_row_with_each_marker()
    {
        var svg = Parse(CaseTimelineChart.Image([CaseTimeline.Row(Extended(), March1)!], March1));
        svg.Name.ShouldBe(S + "svg");
        svg.Attribute("role")!.Value.ShouldBe("img");
        Named(svg).title.ShouldBe("Uppdragen i ärendet på en tidslinje");
        Named(svg).desc.ShouldStartWith("1 uppdrag, givet 2023-05-16; per 2024-03-01: 1 avslutade, 0 öppna; 1 har varit försenade, 0 är det den dagen.");

        var row = svg.Descendants(S + "g").Single(g => (string?)g.Attribute("class") == "uppdrag");
        Titles(row).ShouldBe([
            "redovisa personalresurser och personalomsättning (Regiondirektören)",
            "Försenat 2023-09-20 – 2023-10-31", "Försenat 2024-01-01 – 2024-01-14",
            "Givet 2023-05-16", "Förfaller 2023-12-31 (förlängs till 2023-12-31)",
            "Delrapport 2023-09-19", "Återrapporterat 2024-01-15", "Avslutat 2024-02-10",
        ]);
        // The overdue stretches are a pattern the image defines, not a colour alone.
        row.Elements(S + "rect").Select(r => r.Attribute("fill")!.Value).ShouldBe(["url(#uppdragsbild-forsenat)", "url(#uppdragsbild-forsenat)"]);
        svg.Descendants(S + "pattern").Single().Attribute("id")!.Value.ShouldBe("uppdragsbild-forsenat");
    }

    [Fact]
    public void The_axis_has_a_tick_a_month_and_iso_month_labels_thinned_to_fit()
    {
        var year = Parse(CaseTimelineChart.Image([CaseTimeline.Row(Extended(), March1)!], March1));
        AxisLabels(year).ShouldBe(["2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]);

        // Still open three years on: the axis runs to the day shown and labels every quarter.
        var open = CaseTimeline.Row(Fold(Extended()[^1].State!.Given), new DateOnly(2026, 2, 10))!;
        AxisLabels(Parse(CaseTimelineChart.Image([open], new DateOnly(2026, 2, 10)))).ShouldBe(
            ["2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2024-10", "2025-01", "2025-04", "2025-07", "2025-10", "2026-01"]);
    }

    [Theory]
    [InlineData(60, 1)]
    [InlineData(30, 2)]
    [InlineData(20, 3)]
    [InlineData(10, 6)]
    [InlineData(5, 12)]
    [InlineData(2, 36)]
    public void Month_labels_come_every_so_many_months_as_fit(double monthWidth, int step) => Svg.LabelStep(monthWidth).ShouldBe(step);

    [Fact]
    public void Text_from_documents_is_encoded_and_cut_to_one_line_with_the_whole_in_the_tooltip()
    {
        var task = "granska <kostnader> & \"intäkter\" i hela regionens verksamhet under flera år framåt";
        var svg = Parse(CaseTimelineChart.Image([CaseTimeline.Row(Extended(task), March1)!], March1));
        var label = svg.Descendants(S + "g").Single(g => (string?)g.Attribute("class") == "uppdrag").Element(S + "text")!;
        label.Element(S + "title")!.Value.ShouldBe(task + " (Regiondirektören)");
        label.Nodes().OfType<XText>().Single().Value.ShouldBe("granska <kostnader> & \"intäkter\" i hela…");
    }

    [Fact]
    public void The_figure_has_a_caption_and_the_same_facts_as_a_list_for_screen_readers_and_nothing_without_assignments()
    {
        var figure = CaseTimelineChart.Figure([CaseTimeline.Row(Extended(), March1)!], March1).ToString();
        figure.ShouldContain("<figcaption>Uppdragen i ärendet per 2024-03-01");
        figure.ShouldContain("<ul class=\"visually-hidden\"><li>redovisa personalresurser och personalomsättning (Regiondirektören): givet 2023-05-16; "
            + "förfaller 2023-12-31 (förlängs till 2023-12-31); delrapport 2023-09-19; återrapporterat 2024-01-15; avslutat 2024-02-10; "
            + "försenat 2023-09-20 – 2023-10-31; försenat 2024-01-01 – 2024-01-14.</li></ul>");
        CaseTimelineChart.Figure([], March1).ToString().ShouldBe("");
    }

    [Fact]
    public void An_assignment_due_at_a_meeting_not_yet_known_has_no_due_marker_and_one_due_later_a_dotted_stretch_to_it()
    {
        var given = (AssignmentGiven)Extended()[^1].State!.Given;
        var unknown = CaseTimeline.Row(Fold(given with { Due = Due.NextMeeting(Body, "till nästkommande sammanträde") }), new DateOnly(2023, 6, 1))!;
        var ahead = CaseTimeline.Row(Fold(given), new DateOnly(2023, 6, 1))!;
        unknown.Due.ShouldBeNull();
        var svg = Parse(CaseTimelineChart.Image([unknown, ahead], new DateOnly(2023, 6, 1)));
        var rows = svg.Elements(S + "g").Where(g => (string?)g.Attribute("class") == "uppdrag").ToList();
        rows[0].Descendants(S + "title").Select(t => t.Value).ShouldNotContain(t => t.StartsWith("Förfaller"));
        rows[0].Elements(S + "line").Count().ShouldBe(1);
        rows[1].Elements(S + "line").Last().Attribute("stroke-dasharray")!.Value.ShouldBe("2 3");
        CaseTimelineChart.Figure([unknown], new DateOnly(2023, 6, 1)).ToString().ShouldContain("inget förfallodatum (till nästkommande sammanträde)");
    }

    [Fact]
    public void A_case_with_very_many_assignments_draws_the_latest_given_and_says_so()
    {
        var rows = Enumerable.Range(0, CaseTimelineChart.MaxRows + 5)
            .Select(i => CaseTimeline.Row(Extended(), March1)! with { AssignmentId = $"a{i}", Task = $"uppdrag {i}", Given = May16.AddDays(i) }).ToList();
        var figure = CaseTimelineChart.Figure(rows, March1).ToString();
        figure.ShouldContain($"(de {CaseTimelineChart.MaxRows} senast givna av {CaseTimelineChart.MaxRows + 5}; tabellen ovan har alla)");
        var svg = XDocument.Parse(figure[figure.IndexOf("<svg", StringComparison.Ordinal)..(figure.IndexOf("</svg>", StringComparison.Ordinal) + 6)]).Root!;
        var drawn = svg.Elements(S + "g").Where(g => (string?)g.Attribute("class") == "uppdrag").Select(g => g.Element(S + "text")!.Nodes().OfType<XText>().Single().Value).ToList();
        drawn.Count.ShouldBe(CaseTimelineChart.MaxRows);
        drawn[0].ShouldBe("uppdrag 5");
    }

    internal static XElement Parse(global::Decisions.Web.Html svg) => XDocument.Parse(svg.ToString()).Root!;

    /// <summary>The title and desc that aria-labelledby names, in that order.</summary>
    internal static (string title, string desc) Named(XElement svg)
    {
        var ids = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        ids.Length.ShouldBe(2);
        var byId = svg.Elements().Where(e => e.Attribute("id") is not null).ToDictionary(e => e.Attribute("id")!.Value);
        byId[ids[0]].Name.ShouldBe(S + "title");
        byId[ids[1]].Name.ShouldBe(S + "desc");
        return (byId[ids[0]].Value, byId[ids[1]].Value);
    }

    internal static IReadOnlyList<string> AxisLabels(XElement svg, XElement? within = null) =>
        [.. (within ?? svg).Descendants(S + "text").Where(t => (string?)t.Attribute("class") == "axis-label").Select(t => t.Value)];

    static IReadOnlyList<string> Titles(XElement row) => [.. row.Descendants(S + "title").Select(t => t.Value)];
}
