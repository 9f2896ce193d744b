using Decisions.Charts;
using Marten;

namespace Decisions.Web.Charts;

/// <summary>
/// How many assignments each body had overdue at each month's end, as small multiples: one small chart per body on
/// the same scale, named in its own heading, so no line has to be told apart from another by colour or dash. The
/// counts follow as a table.
/// </summary>
public static class OverdueChart
{
    const string Id = "forsenade-over-tid";
    const int Columns = 3, MaxPanels = 12;
    const double PanelWidth = 320, PanelHeight = 150, PlotLeft = 34, PlotRight = 40, PlotTop = 34, PlotBottom = 30;
    const double PlotWidth = PanelWidth - PlotLeft - PlotRight, PlotHeight = PanelHeight - PlotTop - PlotBottom;

    /// <summary>The overdue page's section: a heading and the figure for the months up to <paramref name="asOf"/>.</summary>
    public static async Task<Html> SectionAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var data = await OverdueMonths.LoadAsync(session, asOf, ct);
        return Html.Of($"""
            <h2 id="over-tid">Försenade uppdrag per organ de senaste {OverdueMonths.Months} månaderna</h2>
            {Figure(data, asOf)}
            """);
    }

    public static Html Figure(OverdueByMonth data, DateOnly asOf)
    {
        if (data.Bodies.Count == 0) return Html.Of($"<p>Inga uppdrag var försenade vid något månadsslut {Svg.Month(data.Days[0])} – {asOf}.</p>");
        var shown = InOrder(data.Bodies).Take(MaxPanels).ToList();
        return Html.Of($"""
            <figure class="chart">
            {Image(data, shown)}
            <figcaption>Antal försenade uppdrag vid varje månadsslut (den sista punkten per {asOf}), ett diagram per organ som gav uppdragen, alla med samma skala.
            {Html.When(data.Bodies.Count > shown.Count, Html.Of($"Diagrammen visar de {shown.Count} organ som har flest försenade nu; tabellen har alla {data.Bodies.Count}."))}</figcaption>
            <details><summary>Antalen som tabell</summary>{Table(data)}</details>
            </figure>
            """);
    }

    /// <summary>Most overdue now first, then most overdue at any month's end, then by name.</summary>
    public static IEnumerable<BodyOverdueCounts> InOrder(IEnumerable<BodyOverdueCounts> bodies) =>
        bodies.OrderByDescending(b => b.Counts[^1]).ThenByDescending(b => b.Counts.Max()).ThenBy(b => b.Body.Name, Parts.Swedish);

    public static Html Image(OverdueByMonth data, IReadOnlyList<BodyOverdueCounts> shown)
    {
        var top = Math.Max(1, shown.Max(b => b.Counts.Max()));
        var step = Svg.LabelStep(PlotWidth / (data.Days.Count - 1));
        var rows = (shown.Count + Columns - 1) / Columns;
        var title = $"Försenade uppdrag per organ vid månadsslut {Svg.Month(data.Days[0])} – {Parts.Iso(data.Days[^1])}";
        return Svg.Image(Id, Math.Min(shown.Count, Columns) * PanelWidth, rows * PanelHeight, title, Description(data.Days, shown, top),
            Html.Join(shown.Select((b, i) => Panel(b, data.Days, top, step, i % Columns * PanelWidth, i / Columns * PanelHeight))));
    }

    static Html Panel(BodyOverdueCounts body, IReadOnlyList<DateOnly> days, int top, int step, double left, double y0)
    {
        var bottom = y0 + PlotTop + PlotHeight;
        double X(int i) => Svg.R(left + PlotLeft + PlotWidth * i / (days.Count - 1));
        double Y(int count) => Svg.R(bottom - PlotHeight * count / top);
        var points = string.Join(" ", body.Counts.Select((c, i) => FormattableString.Invariant($"{X(i)},{Y(c)}")));
        var last = body.Counts.Count - 1;
        return Html.Of($"""
            <g class="organ">
            <text x="{left + 8}" y="{y0 + 18}" font-size="13" font-weight="bold"><title>{body.Body.Name}</title>{Svg.Short(body.Body.Name, 42)}</text>
            <g aria-hidden="true" font-size="10" fill="{Svg.Muted}">
            <line x1="{X(0)}" y1="{Y(top)}" x2="{X(last)}" y2="{Y(top)}" stroke="{Svg.Grid}"/>
            <line x1="{X(0)}" y1="{bottom}" x2="{X(last)}" y2="{bottom}" stroke="{Svg.Text}"/>
            <text x="{X(0) - 6}" y="{Y(top) + 4}" text-anchor="end">{top}</text><text x="{X(0) - 6}" y="{bottom + 4}" text-anchor="end">0</text>
            {days.Select((d, i) => Svg.Labelled(d, step)
                ? Html.Of($"""<line x1="{X(i)}" y1="{bottom}" x2="{X(i)}" y2="{bottom + 4}" stroke="{Svg.Text}"/><text class="axis-label" x="{X(i)}" y="{bottom + 16}" text-anchor="middle">{Svg.Month(d)}</text>""")
                : Html.Empty)}
            </g>
            <polygon points="{X(0)},{bottom} {points} {X(last)},{bottom}" fill="#e7f0fb"/>
            <polyline points="{points}" fill="none" stroke="{Svg.Accent}" stroke-width="2"/>
            {body.Counts.Select((c, i) => Html.Of($"""<circle cx="{X(i)}" cy="{Y(c)}" r="2.5" fill="{Svg.Accent}"><title>{Parts.Iso(days[i])}: {c}</title></circle>"""))}
            <text x="{X(last) + 7}" y="{Y(body.Counts[last]) + 4}" font-weight="bold">{body.Counts[last]}</text>
            </g>
            """);
    }

    static string Description(IReadOnlyList<DateOnly> days, IReadOnlyList<BodyOverdueCounts> shown, int top) =>
        $"Ett litet diagram per organ, alla med skalan 0–{top}. "
        + string.Join(" ", shown.Select(b =>
        {
            var most = b.Counts.Select((c, i) => (c, i)).MaxBy(x => x.c);
            return $"{b.Body.Name}: {b.Counts[^1]} per {Parts.Iso(days[^1])}, som flest {most.c} ({Parts.Iso(days[most.i])}).";
        }));

    /// <summary>A row per body and a column per month's end: what the picture shows, for every body.</summary>
    public static Html Table(OverdueByMonth data) => Html.Of($"""
        <div class="scroll"><table class="counts">
        <caption>Försenade uppdrag vid månadsslut per organ</caption>
        <thead><tr><th scope="col">Organ</th>{data.Days.Select(d => Html.Of($"<th scope=\"col\" class=\"number nowrap\">{Svg.Month(d)}</th>"))}</tr></thead>
        <tbody>{InOrder(data.Bodies).Select(b => Html.Of($"""
            <tr><th scope="row">{b.Body.Name}</th>{b.Counts.Select(c => Html.Of($"<td class=\"number\">{c}</td>"))}</tr>
            """))}</tbody>
        </table></div>
        """);
}
