using System.Globalization;

namespace Decisions.Web.Charts;

/// <summary>
/// What both pictures draw alike. Only presentation attributes, never style: the pages' content security policy
/// allows no inline styles, and attributes also survive printing and a copy of the SVG on its own.
/// </summary>
public static class Svg
{
    public const string Text = "#1b1b1b", Muted = "#505050", Grid = "#d9d9d9", Accent = "#12355b";

    /// <summary>
    /// An inline SVG that assistive technology reads as one image named by its title and described by its desc; the
    /// width and height give the proportions, the stylesheet lets it shrink with the page.
    /// </summary>
    public static Html Image(string id, double width, double height, string title, string description, Html content) => Html.Of($"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-titel {id}-beskrivning" font-family="system-ui, sans-serif" font-size="12" fill="{Text}">
        <title id="{id}-titel">{title}</title>
        <desc id="{id}-beskrivning">{description}</desc>
        {content}
        </svg>
        """);

    /// <summary>Coordinates to a tenth of a unit: enough on any screen, and short markup.</summary>
    public static double R(double value) => Math.Round(value, 1);

    /// <summary>A month as ISO writes it, 2024-05.</summary>
    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every how many months a label fits, given the width of a month: 1, 2, 3, 6, 12 or more whole years, so that
    /// labels fall on the same months (January, April, July, October…) whatever the span.
    /// </summary>
    public static int LabelStep(double monthWidth, double labelWidth = 56) =>
        new[] { 1, 2, 3, 6, 12 }.FirstOrDefault(step => step * monthWidth >= labelWidth) is > 0 and var step
            ? step
            : 12 * (int)Math.Ceiling(labelWidth / (12 * monthWidth));

    public static bool Labelled(DateOnly month, int step) => (month.Year * 12 + month.Month - 1) % step == 0;

    /// <summary>Text for one line: SVG does not wrap, so a long task is cut with an ellipsis and given whole in a tooltip.</summary>
    public static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
