using Decisions.Assignments;
using Decisions.Charts;

namespace Decisions.Web.Charts;

/// <summary>
/// A case's assignments on one date axis, a row each: given, due, each report-back and the finish as markers, the
/// stretches it was overdue hatched (a pattern, not a colour alone, so it reads in greyscale and in print). The same
/// facts follow as a list for screen readers, and every marker names its date in a tooltip.
/// </summary>
public static class CaseTimelineChart
{
    const string Id = "uppdragsbild", Hatch = Id + "-forsenat", Overdue = "#8f1010";
    const double Width = 960, LabelWidth = 290, Right = 24, Top = 30, RowHeight = 32, AxisHeight = 36, LegendHeight = 30;
    const double PlotWidth = Width - LabelWidth - Right;

    /// <summary>
    /// In place of the figure for an earlier instant of the register: it is drawn from the read models, which hold the
    /// register as it is now, so the page says so instead of drawing what was not yet known.
    /// </summary>
    public static readonly Html NotForEarlierRegister =
        Html.Of($"<p class=\"meta\">Tidslinjen över uppdragen ritas efter registret i dag; lämna Registret per tomt för att se den.</p>");

    /// <summary>
    /// The figure for the case page: nothing when the case had no assignments that day. A case that has given more
    /// than <see cref="MaxRows"/> shows the latest given, since a taller picture is no longer seen at a glance.
    /// </summary>
    public static Html Figure(IReadOnlyList<TimelineRow> all, DateOnly asOf)
    {
        if (all.Count == 0) return Html.Empty;
        IReadOnlyList<TimelineRow> rows = [.. all.TakeLast(MaxRows)];
        return Html.Of($"""
            <figure class="chart">
            {Image(rows, asOf)}
            <figcaption>Uppdragen i ärendet per {asOf}, en rad per uppdrag{(rows.Count < all.Count ? $" (de {rows.Count} senast givna av {all.Count}; tabellen ovan har alla)" : "")}. Peka på en markering för att se datumet.</figcaption>
            {TextAlternative(rows)}
            </figure>
            """);
    }

    public const int MaxRows = 60;

    public static Html Image(IReadOnlyList<TimelineRow> rows, DateOnly asOf)
    {
        var start = FirstOfMonth(rows.Min(r => r.Given));
        var last = rows.Max(r => Max([r.FinishedOn ?? asOf, r.Due ?? r.Given, .. r.Reports.Select(p => p.On)]));
        var end = FirstOfMonth(last).AddMonths(1);
        double X(DateOnly day) => Svg.R(LabelWidth + PlotWidth * (day.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber));
        var axisY = Top + rows.Count * RowHeight + 6;
        var months = Enumerable.Range(0, (end.Year - start.Year) * 12 + end.Month - start.Month + 1).Select(start.AddMonths).ToList();
        var step = Svg.LabelStep(PlotWidth / (months.Count - 1));
        var labelled = months.Where(m => Svg.Labelled(m, step)).ToList();

        var grid = labelled.Select(m => Html.Of($"""<line x1="{X(m)}" y1="{Top - 4}" x2="{X(m)}" y2="{axisY}" stroke="{Svg.Grid}"/>"""));
        var axis = Html.Of($"""
            <g aria-hidden="true"><line x1="{LabelWidth}" y1="{axisY}" x2="{Width - Right}" y2="{axisY}" stroke="{Svg.Text}"/>
            {months.Select(m => Html.Of($"""<line x1="{X(m)}" y1="{axisY}" x2="{X(m)}" y2="{axisY + (Svg.Labelled(m, step) ? 6 : 3)}" stroke="{Svg.Text}"/>"""))}
            {labelled.Select(m => Html.Of($"""<text class="axis-label" x="{X(m)}" y="{axisY + 19}" text-anchor="middle" font-size="11">{Svg.Month(m)}</text>"""))}</g>
            """);
        var today = asOf >= start && asOf < end ? Html.Of($"""
            <g><title>Läget per {asOf}</title><line x1="{X(asOf)}" y1="{Top - 6}" x2="{X(asOf)}" y2="{axisY}" stroke="{Svg.Text}" stroke-dasharray="4 3"/>
            <text x="{X(asOf)}" y="{Top - 10}" text-anchor="{(X(asOf) > Width - 120 ? "end" : "middle")}" font-size="11">Läget per {asOf}</text></g>
            """) : Html.Empty;

        return Svg.Image(Id, Width, axisY + AxisHeight + LegendHeight, "Uppdragen i ärendet på en tidslinje", Description(rows, asOf), Html.Of($"""
            <defs><pattern id="{Hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fde7e7"/><line x1="0" y1="0" x2="0" y2="6" stroke="{Overdue}" stroke-width="2.5"/></pattern></defs>
            {grid}
            {rows.Select((r, i) => Row(r, Top + i * RowHeight + RowHeight / 2, asOf, X))}
            {today}
            {axis}
            {Legend(axisY + AxisHeight + 12)}
            """));
    }

    static Html Row(TimelineRow row, double y, DateOnly asOf, Func<DateOnly, double> x)
    {
        var barEnd = row.FinishedOn ?? asOf;
        return Html.Of($"""
            <g class="uppdrag">
            <text x="{LabelWidth - 10}" y="{y + 4}" text-anchor="end"><title>{row.Task} ({row.Assignee})</title>{Svg.Short(row.Task, 40)}</text>
            <line x1="{x(row.Given)}" y1="{y}" x2="{x(barEnd)}" y2="{y}" stroke="#6b6b6b" stroke-width="4"/>
            {(row.Due is { } ahead && ahead > barEnd && !row.Status.IsFinished() ? Html.Of($"""<line x1="{x(barEnd)}" y1="{y}" x2="{x(ahead)}" y2="{y}" stroke="#6b6b6b" stroke-width="1.5" stroke-dasharray="2 3"/>""") : Html.Empty)}
            {row.Overdue.Select(o => Html.Of($"""<rect x="{x(o.From)}" y="{y - 7}" width="{Svg.R(Math.Max(2, x(o.To.AddDays(1)) - x(o.From)))}" height="14" fill="url(#{Hatch})" stroke="{Overdue}"><title>Försenat {o.From} – {o.To}</title></rect>"""))}
            {Marker(Mark.Given, x(row.Given), y, $"Givet {Parts.Iso(row.Given)}")}
            {(row.Due is { } due ? Marker(Mark.Due, x(due), y, $"Förfaller {Parts.Iso(due)} ({row.DueText})") : Html.Empty)}
            {row.Reports.Select(r => Marker(r.Complete ? Mark.Report : Mark.PartialReport, x(r.On), y - ReportAbove, $"{(r.Complete ? "Återrapporterat" : "Delrapport")} {Parts.Iso(r.On)}"))}
            {(row.FinishedOn is { } finished ? Marker(row.Status == AssignmentStatus.Closed ? Mark.Closed : Mark.Ended, x(finished), y, $"{Parts.StatusName(row.Status)} {Parts.Iso(finished)}") : Html.Empty)}
            </g>
            """);
    }

    /// <summary>Reports sit just above the bar, so that a report, the due and the closing on one day stay apart.</summary>
    const double ReportAbove = 10;

    enum Mark { Given, Due, PartialReport, Report, Closed, Ended }

    /// <summary>Each kind of date has its own shape, filled or open, so none depends on colour.</summary>
    static Html Marker(Mark mark, double x, double y, string title) => Html.Of($"<g><title>{title}</title>{Shape(mark, x, y)}</g>");

    static Html Shape(Mark mark, double x, double y) => mark switch
    {
        Mark.Given => Html.Of($"""<circle cx="{x}" cy="{y}" r="5.5" fill="{Svg.Accent}"/>"""),
        Mark.Due => Html.Of($"""<path d="M{x},{y - 7}l7,7l-7,7l-7,-7z" fill="#fff" stroke="{Svg.Text}" stroke-width="2"/>"""),
        Mark.PartialReport => Html.Of($"""<path d="M{x},{y + 5}l5.5,-10h-11z" fill="#fff" stroke="#2f5410" stroke-width="2"/>"""),
        Mark.Report => Html.Of($"""<path d="M{x},{y + 5}l5.5,-10h-11z" fill="#115c2f" stroke="#115c2f" stroke-width="2"/>"""),
        Mark.Closed => Html.Of($"""<rect x="{x - 4}" y="{y - 4}" width="8" height="8" fill="{Svg.Text}"/>"""),
        _ => Html.Of($"""<path d="M{x - 5},{y - 5}l10,10m0,-10l-10,10" stroke="{Svg.Text}" stroke-width="2.5"/>"""),
    };

    static readonly (string Label, Func<double, double, Html> Draw)[] Keys =
    [
        ("Givet", (x, y) => Shape(Mark.Given, x, y)),
        ("Förfaller", (x, y) => Shape(Mark.Due, x, y)),
        ("Delrapport", (x, y) => Shape(Mark.PartialReport, x, y)),
        ("Återrapporterat", (x, y) => Shape(Mark.Report, x, y)),
        ("Avslutat", (x, y) => Shape(Mark.Closed, x, y)),
        ("Återkallat/sammanslaget", (x, y) => Shape(Mark.Ended, x, y)),
        ("Försenat", (x, y) => Html.Of($"""<rect x="{x - 8}" y="{y - 7}" width="16" height="14" fill="url(#{Hatch})" stroke="{Overdue}"/>""")),
        ("Läget per", (x, y) => Html.Of($"""<line x1="{x}" y1="{y - 8}" x2="{x}" y2="{y + 8}" stroke="{Svg.Text}" stroke-dasharray="4 3"/>""")),
    ];

    /// <summary>One line of keys under the axis; a key's width follows its label's length.</summary>
    static Html Legend(double y)
    {
        var x = 18.0;
        var keys = new List<Html>();
        foreach (var (label, draw) in Keys)
        {
            keys.Add(Html.Of($"""{draw(x, y)}<text x="{x + 13}" y="{y + 4}">{label}</text>"""));
            x = Svg.R(x + 13 + label.Length * 6.8 + 22);
        }
        return Html.Of($"""<g class="legend">{keys}</g>""");
    }

    static string Description(IReadOnlyList<TimelineRow> rows, DateOnly asOf)
    {
        var finished = rows.Count(r => r.Status.IsFinished());
        var overdue = rows.Count(r => r.Overdue.Count > 0);
        var overdueNow = rows.Count(r => r.Overdue.Any(o => o.To == asOf));
        var (first, last) = (rows.Min(r => r.Given), rows.Max(r => r.Given));
        return $"{rows.Count} uppdrag, {(rows.Count == 1 ? "givet" : "givna")} {Parts.Iso(first)}{(first == last ? "" : $"–{Parts.Iso(last)}")}; per {Parts.Iso(asOf)}: "
            + $"{finished} avslutade, {rows.Count - finished} öppna; {overdue} har varit försenade, {overdueNow} är det den dagen. "
            + "Varje rad visar när uppdraget gavs, när det förfaller, återrapporteringar och när det avslutades; försenade perioder är streckade.";
    }

    /// <summary>The same facts in words, for those who do not see the picture.</summary>
    static Html TextAlternative(IReadOnlyList<TimelineRow> rows) => Html.Of($"""
        <ul class="visually-hidden">{rows.Select(r => Html.Of($"<li>{r.Task} ({r.Assignee}): {string.Join("; ", Facts(r))}.</li>"))}</ul>
        """);

    static IEnumerable<string> Facts(TimelineRow row)
    {
        yield return $"givet {Parts.Iso(row.Given)}";
        yield return row.Due is { } due ? $"förfaller {Parts.Iso(due)} ({row.DueText})" : $"inget förfallodatum ({row.DueText})";
        foreach (var report in row.Reports) yield return $"{(report.Complete ? "återrapporterat" : "delrapport")} {Parts.Iso(report.On)}";
        if (row.FinishedOn is { } finished) yield return $"{Parts.StatusName(row.Status).ToLowerInvariant()} {Parts.Iso(finished)}";
        foreach (var o in row.Overdue) yield return $"försenat {Parts.Iso(o.From)} – {Parts.Iso(o.To)}";
    }

    static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    static DateOnly Max(IEnumerable<DateOnly> days) => days.Max();
}
